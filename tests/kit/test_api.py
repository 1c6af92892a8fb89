"""kit.api: the page query every list takes and the one page shape every list answers."""

from __future__ import annotations

import pytest
from ninja import Schema
from pydantic import ValidationError

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, PageRequest
from kit.api import MAX_OFFSET, PageQuery, StrictSchema, page_out


class ItemOut(Schema):
    name: str


class ItemPage(Schema):
    items: list[ItemOut]
    total: int
    limit: int
    offset: int


class BalancedPage(ItemPage):
    balance: int


PAGE = Page(items=["a", "b"], total=7, limit=2, offset=4)


def test_page_out_converts_each_item_and_keeps_the_counts():
    out = page_out(ItemPage, PAGE, lambda n: ItemOut(name=n.upper()))
    assert out.model_dump() == {"items": [{"name": "A"}, {"name": "B"}], "total": 7, "limit": 2, "offset": 4}


def test_page_out_passes_items_as_they_are_and_adds_the_schemas_own_fields():
    page = Page(items=[ItemOut(name="x")], total=1, limit=20, offset=0)
    out = page_out(BalancedPage, page, balance=5)
    assert out.items == [ItemOut(name="x")]
    assert out.balance == 5


def test_page_out_of_an_empty_page():
    out = page_out(ItemPage, Page(items=[], total=0, limit=20, offset=0), lambda n: ItemOut(name=n))
    assert out.items == []
    assert out.total == 0


def test_page_query_defaults_and_bounds():
    assert PageQuery().page_request() == PageRequest(limit=DEFAULT_LIMIT, offset=0)
    assert PageQuery(limit="5", offset="10").page_request() == PageRequest(limit=5, offset=10)
    for bad in ({"limit": 0}, {"limit": MAX_LIMIT + 1}, {"offset": -1}, {"offset": MAX_OFFSET + 1}, {"limit": "1.0"}):
        with pytest.raises(ValidationError):
            PageQuery(**bad)


def test_a_filtered_query_is_still_a_page_query():
    class Filtered(PageQuery):
        status: str | None = None

    assert Filtered(status="open", limit=3).page_request() == PageRequest(limit=3, offset=0)


def test_strict_schemas_refuse_unknown_fields():
    class RoleIn(StrictSchema):
        display_name: str

    with pytest.raises(ValidationError):
        RoleIn(display_name="x", role="admin")
