"""The other side hears when someone books, moves or cancels a session with them, once."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core import events
from modules.notifications.models import Notification
from modules.notifications.services.reactions import on_session_status_changed
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, payload=None):
    return client.post(path, data=json.dumps(payload or {}), content_type="application/json", headers=bearer(who))


@pytest.fixture
def booked(client, clock):
    friend = FriendFactory(profile__timezone="Asia/Tokyo")
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    user = SubscriberFactory(profile__display_name="Uma")
    start = NOW + timedelta(hours=6)
    response = _post(
        client,
        "/api/sessions",
        user,
        {"friend_id": friend.pk, "session_type": "video", "start": start.isoformat(), "duration_minutes": 60},
    )
    assert response.status_code == 201, response.content
    return user, friend, response.json()["id"]


def _changes(person):
    return list(
        Notification.objects.filter(user=person, kind="session_change").order_by("pk").values_list("data", "body")
    )


def test_the_friend_hears_of_a_booking_in_their_own_timezone(booked):
    user, friend, sid = booked
    ((data, body),) = _changes(friend)
    assert data == {"session_id": str(sid), "change": "booked"}
    # 12:00 UTC is 21:00 in Tokyo.
    assert body.startswith("Uma booked a video session with you on Mon 03 Jun 2030, 21:00 (Asia/Tokyo)")
    assert _changes(user) == []  # the one who booked is not told what they did


def test_a_user_cancelling_tells_the_friend_and_a_friend_cancelling_tells_the_user(client, booked):
    user, friend, sid = booked
    assert _post(client, f"/api/sessions/{sid}/cancel", friend, {"reason": "ill"}).status_code == 200
    assert [d["change"] for d, _ in _changes(user)] == ["cancelled"]
    assert [d["change"] for d, _ in _changes(friend)] == ["booked"]


def test_a_move_tells_the_other_side_once_per_new_time(client, booked):
    user, friend, sid = booked
    new_start = NOW + timedelta(hours=8)
    assert _post(client, f"/api/sessions/{sid}/reschedule", user, {"start": new_start.isoformat()}).status_code == 200
    moved = [b for d, b in _changes(friend) if d["change"] == "rescheduled"]
    assert len(moved) == 1
    assert "from Mon 03 Jun 2030, 21:00 (Asia/Tokyo) to Mon 03 Jun 2030, 23:00 (Asia/Tokyo)" in moved[0]


def test_a_replayed_event_notifies_nobody_twice(booked):
    user, friend, sid = booked
    session = events.SessionStatusChanged(
        session_id=sid,
        user_id=user.pk,
        friend_id=friend.pk,
        session_type="video",
        start=NOW + timedelta(hours=6),
        price_minor=0,
        currency="usd",
        from_status="booked",
        to_status="cancelled",
        by_side="user",
    )
    on_session_status_changed(session)
    on_session_status_changed(session)
    assert [d["change"] for d, _ in _changes(friend)] == ["booked", "cancelled"]


def test_an_unpaid_premium_booking_released_by_the_system_tells_nobody(booked):
    user, friend, sid = booked
    on_session_status_changed(
        events.SessionStatusChanged(
            session_id=sid + 1000,
            user_id=user.pk,
            friend_id=friend.pk,
            session_type="video",
            start=NOW,
            price_minor=3000,
            currency="usd",
            from_status="pending_payment",
            to_status="cancelled",
            by_side="system",
        )
    )
    assert [d["change"] for d, _ in _changes(friend)] == ["booked"]


def test_someone_leaving_is_not_named_to_the_other_side(booked):
    user, friend, sid = booked
    on_session_status_changed(
        events.SessionStatusChanged(
            session_id=sid,
            user_id=user.pk,
            friend_id=friend.pk,
            session_type="video",
            start=NOW + timedelta(hours=6),
            price_minor=0,
            currency="usd",
            from_status="booked",
            to_status="cancelled",
            by_side="friend",
            departure=True,
        )
    )
    ((data, body),) = _changes(user)
    assert data["change"] == "cancelled"
    assert body.startswith("The other participant is no longer available")
    assert "returned" in body  # the user gets back what they paid or used
    assert friend.profile.display_name not in body
