"""The constant-SQL guard catches the N+1 query it exists for."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from modules.accounts.models import Profile, User
from tests.modules.accounts.factories import UserFactory
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def _response(items):
    return SimpleNamespace(status_code=200, content=b"", json=lambda: {"items": items})


def test_a_page_that_reads_each_rows_profile_separately_fails():
    def n_plus_one():
        return _response([Profile.objects.get(user=u).display_name for u in User.objects.all()])

    with pytest.raises(AssertionError, match="with 12 rows"):
        assert_constant_queries(n_plus_one, lambda n: [UserFactory() for _ in range(n)])


def test_a_page_that_joins_passes():
    def joined():
        return _response([u.profile.display_name for u in User.objects.select_related("profile")])

    assert_constant_queries(joined, lambda n: [UserFactory() for _ in range(n)])


def test_a_page_that_lists_the_wrong_number_of_rows_fails():
    with pytest.raises(AssertionError):
        assert_constant_queries(lambda: _response([]), lambda n: [UserFactory() for _ in range(n)])
