"""My friends and my blocks cost the same SQL with one row or a page full."""

from __future__ import annotations

import pytest

from modules.matching.models import Block, MatchDecision
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def test_my_accepted_friends(client):
    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            MatchDecision.objects.create(user=user, friend=FriendFactory(), decision="accepted", decided_at=NOW)

    assert_constant_queries(lambda: client.get("/api/matches/friends", headers=headers), add)


def test_my_blocks(client):
    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            Block.objects.create(blocker=user, blocked=FriendFactory(), created_at=NOW)

    assert_constant_queries(lambda: client.get("/api/blocks", headers=headers), add, count=len)


def test_my_favourites(client):
    from modules.matching.models import Favourite

    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            Favourite.objects.create(user=user, friend=FriendFactory(), created_at=NOW)

    assert_constant_queries(lambda: client.get("/api/matches/favourites", headers=headers), add)


def test_my_friends_with_favourite_marks(client):
    from modules.matching.models import Favourite

    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            friend = FriendFactory()
            MatchDecision.objects.create(user=user, friend=friend, decision="accepted", decided_at=NOW)
            Favourite.objects.create(user=user, friend=friend, created_at=NOW)

    assert_constant_queries(lambda: client.get("/api/matches/friends", headers=headers), add)
