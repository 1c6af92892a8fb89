from __future__ import annotations

from datetime import timedelta

import pytest

from modules.booking.models import Session
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory

pytestmark = pytest.mark.django_db


def _join(client, sid, who):
    return client.post(f"/api/sessions/{sid}/join", data="{}", content_type="application/json", headers=bearer(who))


@pytest.fixture
def video(clock):
    user, friend = UserFactory(), FriendFactory()
    start = NOW + timedelta(hours=1)
    return user, friend, SessionFactory(user=user, friend=friend, start=start, end=start + timedelta(hours=1))


def test_join_opens_ten_minutes_before_the_start(client, clock, video, fakes):
    user, _, session = video
    early = _join(client, session.pk, user)
    assert early.status_code == 422
    assert early.json()["code"] == "join_window_closed"
    assert early.json()["opens_at"].startswith("2030-06-03T06:50")
    clock.advance(timedelta(minutes=50))
    response = _join(client, session.pk, user)
    assert response.status_code == 200, response.content
    rtc = response.json()["rtc"]
    assert rtc["channel"] == f"hl-session-{session.pk}"
    assert rtc["uid"] == user.pk
    # Valid until the end plus the grace period, and really a token for that channel and uid.
    assert rtc["expires_at"].startswith("2030-06-03T08:15")
    assert fakes.rtc.verify(token=rtc["token"], channel=rtc["channel"], uid=user.pk) is not None
    assert fakes.rtc.verify(token=rtc["token"], channel=rtc["channel"], uid=user.pk + 1) is None
    # An early join starts the session: whoever joined early and stayed never joins again.
    assert Session.objects.get(pk=session.pk).status == "in_progress"


def test_a_session_joined_only_early_is_completed_not_closed_as_unjoined(client, clock, video):
    from modules.booking.public import complete_due
    from modules.booking.services.lifecycle import sessions_close_unjoined

    user, _, session = video
    clock.advance(timedelta(minutes=52))  # 8 minutes before the start
    assert _join(client, session.pk, user).status_code == 200
    clock.advance(timedelta(days=2))  # long past the end and the no-show window
    assert sessions_close_unjoined(clock=clock) == 0
    assert complete_due() == 1
    assert Session.objects.get(pk=session.pk).status == "completed"


def test_first_join_after_the_start_starts_the_session_and_join_again_renews(client, clock, video):
    user, friend, session = video
    clock.advance(timedelta(hours=1, minutes=5))
    first = _join(client, session.pk, friend)
    assert first.status_code == 200
    assert first.json()["session"]["status"] == "in_progress"
    again = _join(client, session.pk, friend)
    assert again.status_code == 200
    assert again.json()["rtc"]["channel"] == first.json()["rtc"]["channel"]
    assert _join(client, session.pk, user).status_code == 200


def test_nobody_else_can_join(client, clock, video):
    _, _, session = video
    clock.advance(timedelta(minutes=55))
    for outsider in (UserFactory(), FriendFactory(), UserFactory(role="admin", is_staff=True)):
        assert _join(client, session.pk, outsider).status_code == 404
    assert (
        client.post(f"/api/sessions/{session.pk}/join", data="{}", content_type="application/json").status_code == 401
    )


def test_join_closes_at_the_end_and_for_cancelled_sessions(client, clock, video):
    user, friend, session = video
    clock.advance(timedelta(hours=2))
    assert _join(client, session.pk, user).json()["code"] == "join_window_closed"
    cancelled = SessionFactory(
        user=user, friend=friend, start=NOW + timedelta(hours=3), end=NOW + timedelta(hours=4), status="cancelled"
    )
    assert _join(client, cancelled.pk, user).json()["code"] == "session_not_joinable"


def test_text_sessions_open_the_chat_instead_of_a_token(client, clock):
    user, friend = UserFactory(), FriendFactory()
    session = SessionFactory(user=user, friend=friend, session_type="text", start=NOW, end=NOW + timedelta(hours=1))
    body = _join(client, session.pk, user).json()
    assert body["rtc"] is None
    from modules.chat.public import conversation_ensure_direct

    assert body["conversation_id"] == conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    # ...and it is a conversation the participant can read.
    messages = client.get(f"/api/chat/conversations/{body['conversation_id']}/messages", headers=bearer(user))
    assert messages.status_code == 200
