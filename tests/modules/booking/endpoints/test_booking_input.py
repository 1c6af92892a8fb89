"""Edge-of-range input to the booking endpoints: a clear answer, never a 500, nothing written.

Found by generated and hand-made requests: a `when` filter that leaves an empty window, and
datetimes at the end of the calendar (OverflowError once a duration is added or the offset
is taken away).
"""

from __future__ import annotations

import json
from datetime import timedelta, timezone

import pytest

from modules.booking.models import Session
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory, SessionFactory

pytestmark = pytest.mark.django_db

PAST = (NOW - timedelta(days=3)).isoformat()
FUTURE = (NOW + timedelta(days=3)).isoformat()
END_OF_CALENDAR = ["9999-12-31T23:30:00Z", "9999-12-31T23:30:00-14:00", "9999-12-31T23:30:00+14:00"]
START_OF_CALENDAR = ["0001-01-01T00:00:00Z", "0001-01-01T00:30:00+14:00", "0001-01-01T00:30:00-14:00"]
OUT_OF_RANGE = END_OF_CALENDAR + START_OF_CALENDAR + ["1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z"]


def _list(client, user, **query):
    return client.get("/api/sessions", query, headers=bearer(user))


@pytest.mark.parametrize(
    "query",
    [
        {"when": "upcoming", "end": PAST},
        {"when": "past", "start": FUTURE},
        {"when": "upcoming", "start": (NOW - timedelta(days=4)).isoformat(), "end": PAST},
        {"when": "past", "start": FUTURE, "end": (NOW + timedelta(days=4)).isoformat()},
    ],
)
def test_a_when_filter_that_leaves_no_window_is_an_empty_page(client, clock, query):
    user, friend = SubscriberFactory(), FriendFactory()
    for days in (-5, 5):
        start = NOW + timedelta(days=days)
        SessionFactory(user=user, friend=friend, start=start, end=start + timedelta(hours=1))

    response = _list(client, user, **query)

    assert response.status_code == 200, response.content
    assert response.json()["items"] == []
    assert response.json()["total"] == 0


@pytest.mark.parametrize("when", ["all", "upcoming", "past"])
def test_an_explicit_end_before_start_is_422(client, clock, when):
    response = _list(client, SubscriberFactory(), when=when, start=FUTURE, end=PAST)

    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"] == ["query", "end"]


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_session_list_refuses_datetimes_out_of_range(client, clock, moment):
    for field in ("start", "end"):
        response = _list(client, SubscriberFactory(), **{field: moment})
        assert response.status_code == 422, (field, response.content)
        assert response.json()["code"] == "invalid_input"


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_booking_refuses_datetimes_out_of_range_and_writes_nothing(client, clock, moment):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    body = {"friend_id": friend.pk, "session_type": "video", "start": moment, "duration_minutes": 60}

    response = client.post(
        "/api/sessions", data=json.dumps(body), content_type="application/json", headers=bearer(SubscriberFactory())
    )

    assert response.status_code == 422, response.content
    problem = response.json()
    assert problem["code"] == "invalid_input"
    assert problem["errors"][0]["loc"][-1] == "start"
    assert Session.objects.count() == 0


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_free_slots_refuse_datetimes_out_of_range(client, clock, moment):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    for query in ({"start": moment, "end": FUTURE}, {"start": NOW.isoformat(), "end": moment}):
        response = client.get(f"/api/sessions/friends/{friend.pk}/slots", query, headers=bearer(SubscriberFactory()))
        assert response.status_code == 422, (query, response.content)


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_reschedule_refuses_datetimes_out_of_range_and_keeps_the_session(client, clock, moment):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = SubscriberFactory()
    start = NOW + timedelta(hours=4)
    session = SessionFactory(user=user, friend=friend, start=start, end=start + timedelta(hours=1))

    response = client.post(
        f"/api/sessions/{session.pk}/reschedule",
        data=json.dumps({"start": moment}),
        content_type="application/json",
        headers=bearer(user),
    )

    assert response.status_code == 422, response.content
    session.refresh_from_db()
    assert session.start == start


def test_datetimes_inside_the_range_are_still_accepted(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = SubscriberFactory()
    # Any offset is fine as long as the moment lies in range: 10:00 UTC written as 20:00+10:00.
    start = (NOW + timedelta(hours=4)).astimezone(timezone(timedelta(hours=10)))
    body = {"friend_id": friend.pk, "session_type": "video", "start": start.isoformat(), "duration_minutes": 60}

    booked = client.post("/api/sessions", data=json.dumps(body), content_type="application/json", headers=bearer(user))
    listed = _list(client, user, start="2000-01-01T00:00:00Z", end="2099-12-31T23:59:59Z")

    assert booked.status_code == 201, booked.content
    assert listed.status_code == 200, listed.content
    assert listed.json()["total"] == 1


@pytest.mark.parametrize(
    "change",
    [{"friend_id": True}, {"friend_id": 1.0}, {"friend_id": "1"}, {"pay_per_session": "yes"}, {"pay_per_session": 0}],
)
def test_booking_fields_are_not_coerced(client, clock, change):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    body = {"friend_id": friend.pk, "session_type": "video", "start": (NOW + timedelta(hours=4)).isoformat()}
    body |= {"duration_minutes": 60} | change

    response = client.post(
        "/api/sessions", data=json.dumps(body), content_type="application/json", headers=bearer(SubscriberFactory())
    )

    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"][-1] == next(iter(change))
    assert Session.objects.count() == 0
