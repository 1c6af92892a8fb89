from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from core.identity import Role
from kit.api import PageQuery, StrictSchema
from kit.fields import Bool, DisplayName, Int, Timezone

# Far beyond any real list, far below what a database integer can hold.
MAX_OFFSET = 1_000_000


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
    display_name: DisplayName | None = None
    bio: str | None = Field(default=None, max_length=2000)
    languages: list[str] | None = Field(default=None, max_length=10)
    timezone: Timezone | None = None


# Query text: no NUL (PostgreSQL text cannot hold it).
_NO_NUL = r"^[^\x00]*$"
SessionType = Literal["text", "voice", "video"]


class FriendProfileOut(Schema):
    headline: str
    session_types: list[str]
    prices_minor: dict[str, int]
    currency: str
    session_lengths_minutes: list[int]
    weekly_capacity: int
    is_accepting: bool
    never_record: bool = Field(description="refuse every request to record my sessions")


class FriendProfilePatch(StrictSchema):
    headline: str | None = Field(default=None, max_length=120)
    session_types: list[SessionType] | None = Field(default=None, max_length=3)
    prices_minor: dict[SessionType, Int] | None = None
    currency: str | None = Field(default=None, min_length=3, max_length=3)
    session_lengths_minutes: list[Int] | None = Field(default=None, min_length=1, max_length=6)
    weekly_capacity: Int | None = Field(default=None, ge=0, le=80)
    is_accepting: Bool | None = None
    never_record: Bool | None = Field(default=None, description="refuse every request to record my sessions")


class FriendCardOut(Schema):
    """A friend as any signed-in person sees them: no email, no capacity, nothing private."""

    id: int
    display_name: str
    bio: str
    languages: list[str]
    timezone: str
    avatar_url: str | None = None
    headline: str
    session_types: list[str]
    prices_minor: dict[str, int]
    currency: str
    session_lengths_minutes: list[int]
    is_accepting: bool
    is_favourite: bool = Field(default=False, description="Whether the caller keeps this friend as a favourite")


class FriendPageOut(Schema):
    items: list[FriendCardOut]
    total: int
    limit: int
    offset: int


class FriendFilters(PageQuery):
    q: str | None = Field(default=None, max_length=100, pattern=_NO_NUL, description="Part of the display name")
    session_type: SessionType | None = None
    language: str | None = Field(default=None, max_length=8, pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")


class UserAdminOut(Schema):
    id: int
    email: str
    role: Role
    is_active: bool
    display_name: str
    date_joined: datetime


class UserPageOut(Schema):
    items: list[UserAdminOut]
    total: int
    limit: int
    offset: int


class UserFilters(PageQuery):
    q: str | None = Field(default=None, max_length=254, pattern=_NO_NUL, description="Part of the email or name")
    role: Role | None = None


class RoleIn(StrictSchema):
    role: Role
