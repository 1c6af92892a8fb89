"""No double booking, ever: real parallel transactions on PostgreSQL.

50 threads, each with its own database connection, book through the HTTP API at the same
instant (a barrier releases them together). Exactly one wins.
"""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from modules.booking.models import Session
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite has no row locks or EXCLUDE"),
]

PARALLEL = 50


def _race(requests: list[tuple[dict, dict]]) -> list[int]:
    barrier = threading.Barrier(len(requests))
    statuses: list[int] = [0] * len(requests)

    def run(i: int, payload: dict, headers: dict) -> None:
        try:
            client = Client()
            barrier.wait(timeout=30)
            response = client.post(
                "/api/sessions", data=json.dumps(payload), content_type="application/json", headers=headers
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


def _payload(friend, start, minutes=60):
    return {"friend_id": friend.pk, "session_type": "video", "start": start.isoformat(), "duration_minutes": minutes}


def test_fifty_parallel_bookings_of_one_slot_give_one_201(clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    users = [UserFactory(date_joined=NOW - timedelta(days=1)) for _ in range(PARALLEL)]
    start = NOW + timedelta(hours=4)
    statuses = _race([(_payload(friend, start), bearer(u)) for u in users])
    assert sorted(statuses) == [201] + [409] * (PARALLEL - 1)
    assert Session.objects.filter(friend=friend).count() == 1


def test_parallel_overlapping_slots_give_one_row_and_back_to_back_both(clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    users = [UserFactory(date_joined=NOW - timedelta(days=1)) for _ in range(20)]
    base = NOW + timedelta(hours=4)
    # Ten overlapping requests around 10:00-11:30, and two back-to-back ones at 14:00 and 15:00.
    overlapping = [
        (_payload(friend, base + timedelta(minutes=15 * (i % 3)), 60), bearer(u)) for i, u in enumerate(users[:10])
    ]
    adjacent = [
        (_payload(friend, base + timedelta(hours=4)), bearer(users[10])),
        (_payload(friend, base + timedelta(hours=5)), bearer(users[11])),
    ]
    statuses = _race(overlapping + adjacent)
    assert sorted(statuses[:10]) == [201] + [409] * 9
    assert statuses[10:] == [201, 201]
    assert Session.objects.filter(friend=friend).count() == 3


def test_exclusion_constraint_refuses_overlap_even_without_the_service(clock):
    """The database itself is the last line: a raw insert that overlaps is refused (23P01)."""
    from django.db import IntegrityError, transaction

    friend = FriendFactory()
    u1, u2 = UserFactory(), UserFactory()
    start = NOW + timedelta(hours=4)
    common = {"friend": friend, "session_type": "video", "price_minor": 1, "currency": "usd"}
    Session.objects.create(user=u1, start=start, end=start + timedelta(hours=1), **common)
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.create(user=u2, start=start + timedelta(minutes=59), end=start + timedelta(hours=2), **common)
    # Half-open: touching is fine; a cancelled session frees its time.
    Session.objects.create(user=u2, start=start + timedelta(hours=1), end=start + timedelta(hours=2), **common)
    Session.objects.filter(user=u1).update(status="cancelled")
    Session.objects.create(user=UserFactory(), start=start, end=start + timedelta(hours=1), **common)
