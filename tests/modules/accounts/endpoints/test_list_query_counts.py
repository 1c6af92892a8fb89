"""Browsing friends and the staff account list cost the same SQL with one row or a page full."""

from __future__ import annotations

import pytest

from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def test_browse_friends(client):
    headers = bearer(UserFactory())
    assert_constant_queries(
        lambda: client.get("/api/users/friends", headers=headers),
        lambda n: [FriendFactory() for _ in range(n)],
    )


def test_staff_account_list(client):
    admin = UserFactory(role="admin")
    headers = bearer(admin)
    assert_constant_queries(
        lambda: client.get("/api/users", {"role": "friend"}, headers=headers),
        lambda n: [FriendFactory() for _ in range(n)],
    )
