from __future__ import annotations

from ninja import Schema
from pydantic import ConfigDict, Field

from core.identity import Role


class StrictSchema(Schema):
    # Unknown fields are refused, so nobody can smuggle `role` or `is_staff` into a PATCH.
    model_config = ConfigDict(extra="forbid")


class MeOut(Schema):
    id: int
    email: str
    role: Role
    display_name: str
    bio: str
    languages: list[str]
    timezone: str
    avatar_url: str | None = None


class MePatch(StrictSchema):
    display_name: str | None = Field(default=None, min_length=1, max_length=60)
    bio: str | None = Field(default=None, max_length=2000)
    languages: list[str] | None = Field(default=None, max_length=10)
    timezone: str | None = Field(default=None, min_length=1, max_length=64)
