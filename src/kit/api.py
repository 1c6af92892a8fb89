"""The API kit every module's router uses: strict write schemas, page queries and answers, id types.

Field types with the input rules (strict booleans and integers, bounded datetimes, ...) are in
kit.fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from ninja import Path, Schema
from pydantic import BaseModel, ConfigDict, Field

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, PageRequest
from kit.fields import MAX_ID, ParamInt

# Deep offsets are a full scan in disguise; a client that needs more narrows its filters.
MAX_OFFSET = 100_000


class StrictSchema(Schema):
    """Write schemas refuse unknown fields, so nobody can set server-owned ones (role, price, ...)."""

    model_config = ConfigDict(extra="forbid")


class PageQuery(Schema):
    limit: ParamInt = Field(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: ParamInt = Field(default=0, ge=0, le=MAX_OFFSET)

    def page_request(self) -> PageRequest:
        """What services take: the same bounds, without the HTTP."""
        return PageRequest(limit=self.limit, offset=self.offset)


Out = TypeVar("Out", bound=BaseModel)
T = TypeVar("T")


def page_out(schema: type[Out], page: Page[T], item: Callable[[T], Any] | None = None, **fields: Any) -> Out:
    """Every list answers one shape: `{items, total, limit, offset}` (plus the schema's own `fields`).

    `item` turns a service's view into its output schema (the items pass as they are without it)."""
    items = [item(i) for i in page.items] if item else list(page.items)
    return schema(items=items, total=page.total, limit=page.limit, offset=page.offset, **fields)


# A larger id is a client error (422), never an overflow in the database.
Id = Annotated[ParamInt, Path(ge=1, le=MAX_ID)]
