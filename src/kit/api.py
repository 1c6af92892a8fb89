"""The API kit every module's router uses: strict write schemas, page queries, id types."""

from __future__ import annotations

from typing import Annotated

from ninja import Path, Schema
from pydantic import ConfigDict, Field

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT

# PostgreSQL bigint: a larger id is a client error (422), never an overflow in the database.
MAX_ID = 2**63 - 1
# Deep offsets are a full scan in disguise; a client that needs more narrows its filters.
MAX_OFFSET = 100_000


class StrictSchema(Schema):
    """Write schemas refuse unknown fields, so nobody can set server-owned ones (role, price, ...)."""

    model_config = ConfigDict(extra="forbid")


class PageQuery(Schema):
    limit: int = Field(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


Id = Annotated[int, Path(ge=1, le=MAX_ID)]
