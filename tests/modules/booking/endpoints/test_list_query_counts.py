"""Calendars cost the same SQL with one session or a page full of them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def _start(i: int):
    return NOW + timedelta(days=1, hours=2 * i)


def test_a_users_upcoming_sessions_with_many_friends(client, clock):
    user = UserFactory()
    headers = bearer(user)
    made = []

    def add(n: int) -> None:
        for _ in range(n):
            made.append(SessionFactory(user=user, friend=FriendFactory(), start=_start(len(made))))

    assert_constant_queries(lambda: client.get("/api/sessions", {"when": "upcoming"}, headers=headers), add)


def test_a_friends_calendar_with_many_users(client, clock):
    friend = FriendFactory()
    headers = bearer(friend)
    made = []

    def add(n: int) -> None:
        for _ in range(n):
            made.append(SessionFactory(user=UserFactory(), friend=friend, start=_start(len(made))))

    window = {"role": "friend", "start": NOW.isoformat(), "end": (NOW + timedelta(days=7)).isoformat()}
    assert_constant_queries(lambda: client.get("/api/sessions", window, headers=headers), add)
