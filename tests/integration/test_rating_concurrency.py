"""Ratings under real parallel transactions on PostgreSQL: one rating per person and session, and
a friend's summary counts every rating made at the same instant."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from core.identity import Actor, Role
from modules.booking.services.lifecycle import session_complete
from modules.feedback.models import FriendRatingSummary, Rating
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite serialises every writer"),
]


def _race(requests: list[tuple[dict, dict]]) -> list[int]:
    barrier = threading.Barrier(len(requests))
    statuses = [0] * len(requests)

    def run(i: int, payload: dict, headers: dict) -> None:
        try:
            client = Client()
            barrier.wait(timeout=30)
            response = client.post(
                "/api/feedback/ratings", data=json.dumps(payload), content_type="application/json", headers=headers
            )
            statuses[i] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, p, h)) for i, (p, h) in enumerate(requests)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return statuses


def _completed(clock, user, friend) -> int:
    session = SessionFactory(user=user, friend=friend, start=NOW - timedelta(hours=1), end=NOW, status="in_progress")
    session_complete(actor=Actor(friend.pk, Role.FRIEND), session_id=session.pk, clock=clock)
    return session.pk


def test_the_same_rating_sent_ten_times_at_once_is_stored_once(clock):
    user, friend = UserFactory(), FriendFactory()
    sid = _completed(clock, user, friend)
    headers = bearer(user)
    statuses = _race([({"session_id": sid, "stars": 1 + i % 5}, headers) for i in range(10)])
    assert sorted(statuses) == [201] + [409] * 9
    assert Rating.objects.filter(session_id=sid).count() == 1
    assert FriendRatingSummary.objects.get(friend=friend).count == 1


def test_twenty_users_rating_one_friend_at_once_are_all_counted(clock):
    friend = FriendFactory()
    requests = []
    for i in range(20):
        user = UserFactory()
        requests.append(({"session_id": _completed(clock, user, friend), "stars": 1 + i % 5}, bearer(user)))
    assert _race(requests) == [201] * 20
    summary = FriendRatingSummary.objects.get(friend=friend)
    assert (summary.count, summary.stars_sum) == (20, sum(1 + i % 5 for i in range(20)))
