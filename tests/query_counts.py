"""Constant SQL per page, proven rather than assumed.

`assert_constant_queries` reads a list endpoint once with one row and once with many, and
fails if the second read ran more SQL than the first: the N+1 query a page of 1 hides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

MANY = 12


def queries_and_body(read: Callable[[], Any]) -> tuple[list[str], Any]:
    with CaptureQueriesContext(connection) as ctx:
        response = read()
    assert response.status_code == 200, response.content
    return [q["sql"] for q in ctx.captured_queries], response.json()


def assert_constant_queries(
    read: Callable[[], Any], add_rows: Callable[[int], None], *, count: Callable[[Any], int] | None = None
) -> None:
    """`add_rows(n)` adds n more rows to what `read()` lists; `count(body)` says how many it listed."""
    count = count or (lambda body: len(body["items"]))
    add_rows(1)
    one, body = queries_and_body(read)
    assert count(body) == 1, body
    add_rows(MANY - 1)
    many, body = queries_and_body(read)
    assert count(body) == MANY, body
    assert len(many) == len(one), "\n".join(["with 1 row:", *one, f"with {MANY} rows:", *many])
