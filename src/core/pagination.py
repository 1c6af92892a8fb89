"""Page requests with hard limits, so no client can ask for a million rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from core.errors import FieldProblem, InvalidInput

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


@dataclass(frozen=True)
class PageRequest:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def __post_init__(self) -> None:
        problems = []
        if not 1 <= self.limit <= MAX_LIMIT:
            problems.append(FieldProblem(("query", "limit"), f"must be between 1 and {MAX_LIMIT}"))
        if self.offset < 0:
            problems.append(FieldProblem(("query", "offset"), "must not be negative"))
        if problems:
            raise InvalidInput("Invalid page request", errors=problems)


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    total: int
    limit: int
    offset: int
