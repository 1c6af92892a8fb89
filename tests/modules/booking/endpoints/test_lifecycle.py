from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.booking.models import Session, SessionTransition
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, payload=None):
    return client.post(path, data=json.dumps(payload or {}), content_type="application/json", headers=bearer(who))


@pytest.fixture
def booked(client, clock):
    """A user, a friend (2 h notice) and a video session 6 h from now."""
    friend = FriendFactory()
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    user = SubscriberFactory()
    start = NOW + timedelta(hours=6)
    response = _post(
        client,
        "/api/sessions",
        user,
        {"friend_id": friend.pk, "session_type": "video", "start": start.isoformat(), "duration_minutes": 60},
    )
    assert response.status_code == 201, response.content
    return user, friend, response.json()["id"]


def test_user_cancels_before_the_notice_window(client, clock, booked):
    user, _, sid = booked
    response = _post(client, f"/api/sessions/{sid}/cancel", user, {"reason": "something came up"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "cancelled"
    assert [t["to_status"] for t in body["transitions"]] == ["booked", "cancelled"]
    assert body["transitions"][-1]["actor_id"] == user.pk


def test_staff_cancelling_a_session_is_audited_and_a_participant_cancelling_is_not(client, clock, booked):
    from modules.moderation.models import AuditEntry

    _, _, sid = booked
    manager = UserFactory(role="manager")
    response = _post(client, f"/api/sessions/{sid}/cancel", manager, {"reason": "safety report"})
    assert response.status_code == 200, response.content
    audited = AuditEntry.objects.get(target_type="session", target_id=sid)
    assert (audited.action, audited.actor_id, audited.reason) == ("session.cancel", manager.pk, "safety report")


def test_participants_cancelling_leave_no_audit_entry(client, clock, booked):
    from modules.moderation.models import AuditEntry

    user, _, sid = booked
    assert _post(client, f"/api/sessions/{sid}/cancel", user, {"reason": "busy"}).status_code == 200
    assert not AuditEntry.objects.exists()


def test_user_cannot_cancel_inside_the_notice_window_and_sees_the_policy(client, clock, booked):
    user, _, sid = booked
    clock.advance(timedelta(hours=5))  # 1 h before start, notice is 2 h
    response = _post(client, f"/api/sessions/{sid}/cancel", user, {"reason": "late"})
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "inside_notice_window"
    assert problem["policy"]["notice_minutes"] == 120
    assert Session.objects.get(pk=sid).status == "booked"


def test_friend_can_always_cancel(client, clock, booked):
    _, friend, sid = booked
    clock.advance(timedelta(hours=5, minutes=50))
    response = _post(client, f"/api/sessions/{sid}/cancel", friend, {"reason": "ill"})
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"


def test_cancel_twice_is_a_conflict(client, clock, booked):
    user, _, sid = booked
    assert _post(client, f"/api/sessions/{sid}/cancel", user, {"reason": "x"}).status_code == 200
    assert _post(client, f"/api/sessions/{sid}/cancel", user, {"reason": "x"}).status_code == 409


def test_outsiders_cannot_see_or_change_a_session(client, clock, booked):
    _, _, sid = booked
    stranger, other_friend = UserFactory(), FriendFactory()
    for who in (stranger, other_friend):
        assert client.get(f"/api/sessions/{sid}", headers=bearer(who)).status_code == 404
        assert _post(client, f"/api/sessions/{sid}/cancel", who, {"reason": "x"}).status_code == 404
        assert (
            _post(client, f"/api/sessions/{sid}/reschedule", who, {"start": (NOW + timedelta(hours=8)).isoformat()})
        ).status_code == 404
    assert Session.objects.get(pk=sid).status == "booked"
    assert SessionTransition.objects.filter(session_id=sid).count() == 1


def test_reschedule_moves_atomically(client, clock, booked):
    user, friend, sid = booked
    new_start = NOW + timedelta(hours=8)
    response = _post(client, f"/api/sessions/{sid}/reschedule", user, {"start": new_start.isoformat()})
    assert response.status_code == 200, response.content
    session = Session.objects.get(pk=sid)
    assert session.start == new_start
    assert session.end == new_start + timedelta(hours=1)
    # The old time is free again: someone else can book it.
    other = SubscriberFactory()
    old = _post(
        client,
        "/api/sessions",
        other,
        {
            "friend_id": friend.pk,
            "session_type": "text",
            "start": (NOW + timedelta(hours=6)).isoformat(),
            "duration_minutes": 60,
        },
    )
    assert old.status_code == 201


def test_reschedule_onto_a_taken_time_keeps_the_old_one(client, clock, booked):
    user, friend, sid = booked
    other = SubscriberFactory()
    taken = NOW + timedelta(hours=8)
    assert (
        _post(
            client,
            "/api/sessions",
            other,
            {"friend_id": friend.pk, "session_type": "text", "start": taken.isoformat(), "duration_minutes": 60},
        ).status_code
        == 201
    )
    response = _post(
        client, f"/api/sessions/{sid}/reschedule", user, {"start": (taken + timedelta(minutes=30)).isoformat()}
    )
    assert response.status_code == 409
    assert Session.objects.get(pk=sid).start == NOW + timedelta(hours=6)


def test_reschedule_by_a_few_minutes_overlapping_itself_is_fine(client, clock, booked):
    user, _, sid = booked
    response = _post(
        client, f"/api/sessions/{sid}/reschedule", user, {"start": (NOW + timedelta(hours=6, minutes=30)).isoformat()}
    )
    assert response.status_code == 200, response.content


def test_no_show_reported_by_the_user_after_the_grace_period(client, clock, booked):
    user, _, sid = booked
    too_early = _post(client, f"/api/sessions/{sid}/no-show", user, {"reason": "nobody there"})
    assert too_early.status_code == 422
    clock.advance(timedelta(hours=6, minutes=15))
    response = _post(client, f"/api/sessions/{sid}/no-show", user, {"reason": "nobody there"})
    assert response.status_code == 200
    assert response.json()["status"] == "no_show_friend"


def test_lists_my_sessions_and_the_friend_calendar(client, clock, booked, django_assert_max_num_queries):
    user, friend, sid = booked
    response = client.get("/api/sessions", {"when": "upcoming"}, headers=bearer(user))
    assert response.status_code == 200
    page = response.json()
    assert [s["id"] for s in page["items"]] == [sid]
    assert page["items"][0]["counterpart_name"] == friend.profile.display_name
    friend_headers = bearer(friend)
    # auth + count + page + names, however many sessions there are
    with django_assert_max_num_queries(4):
        calendar = client.get(
            "/api/sessions",
            {"role": "friend", "start": NOW.isoformat(), "end": (NOW + timedelta(days=7)).isoformat()},
            headers=friend_headers,
        )
    assert calendar.status_code == 200
    assert calendar.json()["items"][0]["counterpart_name"] == user.profile.display_name
    assert client.get("/api/sessions", {"role": "friend"}, headers=bearer(user)).status_code == 403
    assert client.get("/api/sessions", {"when": "past"}, headers=bearer(user)).json()["total"] == 0
    assert client.get("/api/sessions", {"limit": 1000}, headers=bearer(user)).status_code == 422
    assert client.get("/api/sessions", {"offset": -1}, headers=bearer(user)).status_code == 422
    # Someone else's list does not include this session.
    assert client.get("/api/sessions", headers=bearer(UserFactory())).json()["total"] == 0


def _listed(client, who, when):
    response = client.get("/api/sessions", {"when": when}, headers=bearer(who))
    assert response.status_code == 200, response.content
    page = response.json()
    assert page["total"] == len(page["items"])
    return [s["id"] for s in page["items"]]


def test_upcoming_and_past_split_every_session_exactly_once(client, clock, booked):
    """Upcoming: still to happen or happening (booked, pending payment, in progress, before its
    end). Past: everything else, including a session completed before its scheduled end and a
    cancelled one whose time has not come."""
    user, friend, sid = booked
    assert (_listed(client, user, "upcoming"), _listed(client, user, "past")) == ([sid], [])
    clock.advance(timedelta(hours=6, minutes=5))
    assert _post(client, f"/api/sessions/{sid}/join", user).status_code == 200
    assert Session.objects.get(pk=sid).status == "in_progress"
    assert (_listed(client, user, "upcoming"), _listed(client, user, "past")) == ([sid], [])
    # Ended early: 55 minutes of its scheduled hour are still ahead.
    assert _post(client, f"/api/sessions/{sid}/complete", friend).json()["status"] == "completed"
    for who in (user, friend):
        role = "friend" if who == friend else "user"
        upcoming = client.get("/api/sessions", {"when": "upcoming", "role": role}, headers=bearer(who)).json()
        past = client.get("/api/sessions", {"when": "past", "role": role}, headers=bearer(who)).json()
        assert ([s["id"] for s in upcoming["items"]], upcoming["total"]) == ([], 0)
        assert ([s["id"] for s in past["items"]], past["total"]) == ([sid], 1)
    # A cancelled session whose time is still ahead is history, not an appointment.
    later = NOW + timedelta(days=7, hours=6)  # the same weekly hours, a week on
    other = _post(
        client,
        "/api/sessions",
        user,
        {"friend_id": friend.pk, "session_type": "video", "start": later.isoformat(), "duration_minutes": 60},
    )
    assert other.status_code == 201, other.content
    assert _listed(client, user, "upcoming") == [other.json()["id"]]
    assert _post(client, f"/api/sessions/{other.json()['id']}/cancel", user, {"reason": "x"}).status_code == 200
    assert _listed(client, user, "upcoming") == []
    assert set(_listed(client, user, "past")) == {sid, other.json()["id"]}
    assert set(_listed(client, user, "all")) == {sid, other.json()["id"]}
