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


def queries_and_body(read: Callable[[], Any], body: Callable[[Any], Any] | None = None) -> tuple[list[str], Any]:
    with CaptureQueriesContext(connection) as ctx:
        response = read()
    assert response.status_code == 200, response.content
    return [q["sql"] for q in ctx.captured_queries], (body or (lambda r: r.json()))(response)


def assert_constant_queries(
    read: Callable[[], Any],
    add_rows: Callable[[int], None],
    *,
    count: Callable[[Any], int] | None = None,
    body: Callable[[Any], Any] | None = None,
    many: int = MANY,
) -> None:
    """`add_rows(n)` adds n more rows to what `read()` lists; `count(body)` says how many it listed
    (`body(response)` is the JSON by default)."""
    count = count or (lambda content: len(content["items"]))
    add_rows(1)
    one, content = queries_and_body(read, body)
    assert count(content) == 1, content
    add_rows(many - 1)
    queries, content = queries_and_body(read, body)
    assert count(content) == many, content
    assert len(queries) == len(one), "\n".join(["with 1 row:", *one, f"with {many} rows:", *queries])
