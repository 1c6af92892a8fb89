from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from modules.booking.models import Session, SessionTransition
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


def _new_user():
    # Joined just before NOW, so the 7-day trial covers the booking.
    return UserFactory(date_joined=NOW - timedelta(days=1))


def _book(client, user, friend, start, minutes=60, kind="video"):
    return client.post(
        "/api/sessions",
        data=json.dumps(
            {"friend_id": friend.pk, "session_type": kind, "start": start.isoformat(), "duration_minutes": minutes}
        ),
        content_type="application/json",
        headers=bearer(user),
    )


def test_book_a_free_slot(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = _new_user()
    response = _book(client, user, friend, NOW + timedelta(hours=4))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "booked"
    assert body["price_minor"] == 3000
    session = Session.objects.get()
    assert session.end - session.start == timedelta(hours=1)
    assert SessionTransition.objects.filter(session=session, to_status="booked", actor=user).exists()


def test_second_booking_of_the_same_slot_is_409_and_one_row(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    start = NOW + timedelta(hours=4)
    assert _book(client, _new_user(), friend, start).status_code == 201
    again = _book(client, _new_user(), friend, start + timedelta(minutes=30))
    assert again.status_code == 409
    assert again.json()["code"] == "slot_taken"
    assert Session.objects.count() == 1


def test_back_to_back_bookings_both_succeed(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    start = NOW + timedelta(hours=4)
    assert _book(client, _new_user(), friend, start).status_code == 201
    assert _book(client, _new_user(), friend, start + timedelta(hours=1)).status_code == 201


def test_user_cannot_be_in_two_sessions_at_once(client, clock):
    f1, f2 = FriendFactory(), FriendFactory()
    AvailabilityFactory(friend=f1)
    AvailabilityFactory(friend=f2)
    user = _new_user()
    start = NOW + timedelta(hours=4)
    assert _book(client, user, f1, start).status_code == 201
    response = _book(client, user, f2, start + timedelta(minutes=30))
    assert response.status_code == 409
    assert response.json()["code"] == "user_busy"


@pytest.mark.parametrize(
    ("payload_change", "status", "code"),
    [
        ({"start": "2030-06-03T10:00:00"}, 422, "invalid_input"),  # naive datetime
        ({"duration_minutes": 45}, 422, "invalid_input"),  # not an offered length
        ({"session_type": "hologram"}, 422, "invalid_input"),
        ({"friend_id": 2**63}, 422, "invalid_input"),
        ({"price_minor": 1}, 422, "invalid_input"),  # server-owned field
    ],
)
def test_bad_booking_input_is_refused_and_nothing_is_written(client, clock, payload_change, status, code):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    payload = {
        "friend_id": friend.pk,
        "session_type": "video",
        "start": (NOW + timedelta(hours=4)).isoformat(),
        "duration_minutes": 60,
    }
    payload.update(payload_change)
    response = client.post(
        "/api/sessions", data=json.dumps(payload), content_type="application/json", headers=bearer(_new_user())
    )
    assert response.status_code == status, response.content
    assert response.json()["code"] == code
    assert Session.objects.count() == 0


def test_outside_hours_in_the_past_and_after_trial_are_refused(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = _new_user()
    assert _book(client, user, friend, NOW.replace(hour=21)).json()["code"] == "outside_availability"
    assert _book(client, user, friend, NOW - timedelta(hours=1)).status_code == 422
    old = UserFactory(date_joined=NOW - timedelta(days=30))
    late = _book(client, old, friend, NOW + timedelta(hours=4))
    assert late.status_code == 422
    assert late.json()["code"] == "not_entitled"
    assert Session.objects.count() == 0


def test_unknown_or_non_friend_is_404(client, clock):
    user = _new_user()
    assert _book(client, user, user, NOW + timedelta(hours=4)).status_code == 422  # self-booking
    other = UserFactory()
    assert _book(client, user, other, NOW + timedelta(hours=4)).status_code == 404


def test_slots_are_free_time_in_utc_and_local(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    start = NOW + timedelta(hours=4)
    assert _book(client, _new_user(), friend, start).status_code == 201
    response = client.get(
        f"/api/sessions/friends/{friend.pk}/slots",
        {
            "start": NOW.isoformat(),
            "end": (NOW + timedelta(hours=8)).isoformat(),
            "duration_minutes": 60,
            "tz": "Asia/Tokyo",
        },
        headers=bearer(_new_user()),
    )
    assert response.status_code == 200, response.content
    slots = response.json()
    spans = [(datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])) for s in slots]
    assert spans[0][0] == NOW.replace(hour=8)
    booked_start, booked_end = start, start + timedelta(hours=1)
    assert all(not (s < booked_end and e > booked_start) for s, e in spans)  # nothing overlaps the booking
    assert (booked_end, booked_end + timedelta(hours=1)) in spans  # back-to-back is offered
    assert slots[0]["start_local"].endswith("+09:00")


def test_session_is_visible_to_participants_only(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = _new_user()
    session_id = _book(client, user, friend, NOW + timedelta(hours=4)).json()["id"]
    assert client.get(f"/api/sessions/{session_id}", headers=bearer(user)).status_code == 200
    assert client.get(f"/api/sessions/{session_id}", headers=bearer(friend)).status_code == 200
    assert client.get(f"/api/sessions/{session_id}", headers=bearer(UserFactory())).status_code == 404
    assert client.get(f"/api/sessions/{2**70}", headers=bearer(user)).status_code in (404, 422)


def test_only_friends_publish_availability(client, clock):
    payload = {"timezone": "Europe/Paris", "weekly": [{"weekday": 0, "start_minute": 1080, "end_minute": 1200}]}
    user = _new_user()
    response = client.put(
        "/api/sessions/availability", data=json.dumps(payload), content_type="application/json", headers=bearer(user)
    )
    assert response.status_code == 403
    friend = FriendFactory()
    response = client.put(
        "/api/sessions/availability",
        data=json.dumps(payload),
        content_type="application/json",
        headers=bearer(friend),
    )
    assert response.status_code == 204, response.content


def test_weekly_capacity_is_respected_in_the_friends_own_week(client, clock):
    friend = FriendFactory()
    friend.friend_profile.weekly_capacity = 2
    friend.friend_profile.save()
    AvailabilityFactory(friend=friend)
    monday = NOW + timedelta(hours=4)
    assert _book(client, _new_user(), friend, monday).status_code == 201
    assert _book(client, _new_user(), friend, monday + timedelta(hours=2)).status_code == 201
    full = _book(client, _new_user(), friend, monday + timedelta(days=1))
    assert full.status_code == 422
    assert full.json()["code"] == "friend_fully_booked"
    # Next Monday 08:00 is another week with room again (this user's trial still runs then).
    next_week = _book(
        client, UserFactory(date_joined=NOW + timedelta(hours=12)), friend, NOW + timedelta(days=7, hours=2)
    )
    assert next_week.status_code == 201, next_week.content
    assert Session.objects.filter(friend=friend).count() == 3
