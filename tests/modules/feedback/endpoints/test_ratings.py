"""/api/feedback over HTTP: rating completed sessions, what each side sees, staff moderation."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core.identity import Actor, Role
from modules.booking.models import Session
from modules.booking.services.lifecycle import session_complete
from modules.feedback.models import FriendRatingSummary, Rating
from modules.matching.public import friend_rating
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, payload):
    return client.post(path, data=json.dumps(payload), content_type="application/json", headers=bearer(who))


def _rate(client, who, session_id, stars=5, **extra):
    return _post(client, "/api/feedback/ratings", who, {"session_id": session_id, "stars": stars, **extra})


def _took_place(clock, *, user=None, friend=None, status="in_progress"):
    """A session that started an hour ago and ended now, completed by the friend through booking."""
    user, friend = user or UserFactory(), friend or FriendFactory()
    session = SessionFactory(user=user, friend=friend, start=NOW - timedelta(hours=1), end=NOW, status=status)
    if status == "in_progress":
        session_complete(actor=Actor(friend.pk, Role.FRIEND), session_id=session.pk, clock=clock)
    return user, friend, session.pk


def test_a_user_rates_the_friend_once_and_the_second_try_returns_the_first(client, clock):
    user, friend, sid = _took_place(clock)
    first = _rate(client, user, sid, 4, comment="  Lovely talk  ")
    assert first.status_code == 201, first.content
    assert first.json()["comment"] == "Lovely talk"
    assert first.json()["counted"] is True
    again = _rate(client, user, sid, 1)
    assert again.status_code == 409
    assert again.json()["code"] == "already_rated"
    assert again.json()["rating"]["stars"] == 4
    assert Rating.objects.count() == 1
    assert FriendRatingSummary.objects.get(friend=friend).count == 1


def test_the_friend_may_rate_the_user_privately(client, clock):
    user, friend, sid = _took_place(clock)
    rated = _rate(client, friend, sid, 2, comment="late and rude")
    assert rated.status_code == 201
    assert rated.json()["counted"] is False
    assert not FriendRatingSummary.objects.filter(friend=friend).exists()
    # The user has no view of ratings about them: the received list is for friends.
    assert client.get("/api/feedback/ratings/received", headers=bearer(user)).status_code == 403
    assert client.get("/api/feedback/ratings/given", headers=bearer(user)).json()["total"] == 0


def test_outsiders_cannot_rate_and_nothing_is_written(client, clock):
    _, _, sid = _took_place(clock)
    for outsider in (UserFactory(), FriendFactory()):
        assert _rate(client, outsider, sid).status_code == 404
    assert _rate(client, UserFactory(), 10**12).status_code == 404
    assert not Rating.objects.exists()


def test_windows_and_states_are_enforced(client, clock):
    user, friend = UserFactory(), FriendFactory()
    upcoming = SessionFactory(user=user, friend=friend, start=NOW + timedelta(hours=2))
    refused = _rate(client, user, upcoming.pk)
    assert (refused.status_code, refused.json()["code"]) == (422, "session_not_rateable")
    cancelled = SessionFactory(user=user, friend=friend, start=NOW - timedelta(hours=3), status="cancelled")
    assert _rate(client, user, cancelled.pk).json()["code"] == "session_not_rateable"
    _, _, sid = _took_place(clock, user=user, friend=friend)
    clock.advance(timedelta(days=14, minutes=1))
    late = _rate(client, user, sid)
    assert (late.status_code, late.json()["code"]) == (422, "rating_closed")
    assert not Rating.objects.exists()


def test_bad_input_is_422_and_writes_nothing(client, clock):
    user, _, sid = _took_place(clock)
    for body in (
        {"session_id": sid, "stars": 0},
        {"session_id": sid, "stars": 6},
        {"session_id": sid, "stars": "5"},
        {"session_id": sid, "stars": 5, "comment": "x" * 2001},
        {"session_id": sid, "stars": 5, "counted": True},
        {"session_id": sid, "stars": 5, "show_identity": "yes"},
        {"session_id": 2**63, "stars": 5},
        {"stars": 5},
    ):
        response = _post(client, "/api/feedback/ratings", user, body)
        assert response.status_code == 422, (body, response.content)
    assert not Rating.objects.exists()


def test_ratings_reach_matching_and_the_public_summary_from_three(client, clock):
    friend = FriendFactory()
    viewer = UserFactory()
    summary_url = f"/api/feedback/friends/{friend.pk}/summary"
    for stars in (5, 4):
        user, _, sid = _took_place(clock, friend=friend)
        assert _rate(client, user, sid, stars).status_code == 201
    assert client.get(summary_url, headers=bearer(viewer)).json() == {
        "friend_id": friend.pk,
        "average": None,
        "count": None,
    }
    assert friend_rating(friend.pk) == pytest.approx(4.5)
    user, _, sid = _took_place(clock, friend=friend)
    assert _rate(client, user, sid, 4).status_code == 201
    assert client.get(summary_url, headers=bearer(viewer)).json() == {
        "friend_id": friend.pk,
        "average": 4.3,
        "count": 3,
    }
    assert friend_rating(friend.pk) == pytest.approx(13 / 3)


def test_a_no_show_session_does_not_count_and_the_absent_side_cannot_rate(client, clock):
    user, friend = UserFactory(), FriendFactory()
    session = SessionFactory(user=user, friend=friend, start=NOW - timedelta(hours=1), end=NOW, status="no_show_friend")
    assert _rate(client, friend, session.pk).json()["code"] == "no_show_against_rater"
    rated = _rate(client, user, session.pk, 1)
    assert rated.status_code == 201
    assert rated.json()["counted"] is False
    assert not FriendRatingSummary.objects.filter(friend=friend).exists()


def test_the_friend_sees_comments_without_names_unless_allowed_and_staff_can_hide_one(client, clock):
    friend = FriendFactory()
    shy, open_ = UserFactory(), UserFactory()
    _, _, s1 = _took_place(clock, user=shy, friend=friend)
    _, _, s2 = _took_place(clock, user=open_, friend=friend)
    assert _rate(client, shy, s1, 3, comment="ok").status_code == 201
    assert _rate(client, open_, s2, 5, comment="great", show_identity=True).status_code == 201
    received = client.get("/api/feedback/ratings/received", headers=bearer(friend)).json()["items"]
    by_session = {r["session_id"]: r for r in received}
    assert by_session[s1]["rater_name"] is None
    assert by_session[s2]["rater_name"] == open_.profile.display_name
    rating_id = by_session[s1]["id"]
    # Only staff hide; the friend and the rater are refused.
    for who in (friend, shy):
        assert _post(client, f"/api/feedback/ratings/{rating_id}/hide", who, {"reason": "abuse"}).status_code == 403
    manager = UserFactory(role="manager")
    hidden = _post(client, f"/api/feedback/ratings/{rating_id}/hide", manager, {"reason": "personal attack"})
    assert hidden.status_code == 200
    assert hidden.json()["hidden_reason"] == "personal attack"
    received = client.get("/api/feedback/ratings/received", headers=bearer(friend)).json()["items"]
    assert {r["session_id"]: r["comment"] for r in received} == {s1: None, s2: "great"}
    row = Rating.objects.get(pk=rating_id)
    assert row.hidden_by_id == manager.pk
    # Hidden comments still count.
    assert FriendRatingSummary.objects.get(friend=friend).count == 2
    staff = client.get("/api/feedback/ratings", {"hidden": "true"}, headers=bearer(manager)).json()
    assert [r["id"] for r in staff["items"]] == [rating_id]


def test_pending_lists_what_i_can_still_rate(client, clock):
    user, friend, sid = _took_place(clock)
    pending = client.get("/api/feedback/ratings/pending", headers=bearer(user)).json()
    assert [p["session_id"] for p in pending] == [sid]
    assert pending[0]["counterpart_id"] == friend.pk
    assert _rate(client, user, sid).status_code == 201
    assert client.get("/api/feedback/ratings/pending", headers=bearer(user)).json() == []
    assert [p["session_id"] for p in client.get("/api/feedback/ratings/pending", headers=bearer(friend)).json()] == [
        sid
    ]


def test_completing_a_session_asks_both_sides_for_feedback_once(client, clock):
    user, friend, sid = _took_place(clock)
    asked = Notification.objects.filter(kind="feedback_request")
    assert sorted(asked.values_list("user_id", flat=True)) == sorted([user.pk, friend.pk])
    # Completing again (a replayed sweep) asks nobody twice.
    Session.objects.filter(pk=sid).update(status="in_progress")
    session_complete(actor=Actor(friend.pk, Role.FRIEND), session_id=sid, clock=clock)
    assert asked.count() == 2


def test_a_blocked_friend_summary_is_not_found(client, clock):
    friend, user = FriendFactory(), UserFactory()
    assert client.post(f"/api/blocks/{friend.pk}", headers=bearer(user)).status_code == 204
    assert client.get(f"/api/feedback/friends/{friend.pk}/summary", headers=bearer(user)).status_code == 404
