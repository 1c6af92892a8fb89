"""The API kit every module's router uses: strict write schemas, page queries, id types.

Field types with the input rules (strict booleans and integers, bounded datetimes, ...) are in
kit.fields.
"""

from __future__ import annotations

from typing import Annotated

from ninja import Path, Schema
from pydantic import ConfigDict, Field

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from kit.fields import MAX_ID, ParamInt

# Deep offsets are a full scan in disguise; a client that needs more narrows its filters.
MAX_OFFSET = 100_000


class StrictSchema(Schema):
    """Write schemas refuse unknown fields, so nobody can set server-owned ones (role, price, ...)."""

    model_config = ConfigDict(extra="forbid")


class PageQuery(Schema):
    limit: ParamInt = Field(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: ParamInt = Field(default=0, ge=0, le=MAX_OFFSET)


# A larger id is a client error (422), never an overflow in the database.
Id = Annotated[ParamInt, Path(ge=1, le=MAX_ID)]
