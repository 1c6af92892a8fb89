"""Read-only aggregate queries a module offers to analytics (docs/architecture.md, "Analytics").

A module that owns a table also owns every query over it. For figures that only need one
module's tables, the module aggregates with the ORM and returns plain rows. For figures that
join people across modules (the conversion funnel), the owning module hands out a `SqlView`:
the SQL text and parameters of one of its own read-only querysets, with named columns. The
analytics module joins those views in one statement, so PostgreSQL (or SQLite under `make run`)
does the aggregation, and no module imports another's models.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO weeks, starting on Monday
    MONTH = "month"


_TRUNC = {Period.DAY: TruncDay, Period.WEEK: TruncWeek, Period.MONTH: TruncMonth}


def truncated(field: str, period: Period) -> Any:
    """The ORM expression of `field` cut to the start of its day, week or month, in UTC."""
    return _TRUNC[Period(period)](field, tzinfo=UTC)


def bucket_date(value: date | datetime | str) -> date:
    """A truncated value as a date, whichever backend computed it (SQLite hands back text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class SqlView:
    """A read-only query with named columns, to be used as a subquery (`FROM (<sql>) AS v`)."""

    sql: str
    params: tuple[Any, ...]
    columns: tuple[str, ...]


def view_of(queryset: QuerySet[Any], columns: tuple[str, ...]) -> SqlView:
    """The SQL of a `.values(*columns)` queryset, for the default database."""
    sql, params = queryset.values(*columns).query.sql_with_params()
    return SqlView(sql=sql, params=tuple(params), columns=columns)


@contextmanager
def report_transaction() -> Iterator[None]:
    """One transaction for a report's queries (one snapshot), without PostgreSQL's JIT.

    A report's GROUP BY over a million rows has a plan cost high enough for PostgreSQL to JIT-
    compile it, which on the benchmark took 2 of the funnel's 3 seconds for a query that then
    ran in under one: for reports that run once per request, compiling never pays off."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        yield
