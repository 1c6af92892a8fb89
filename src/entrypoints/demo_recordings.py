"""Demo data for recordings (`make run`): yesterday's video call between the demo user and the first
demo friend, recorded with both consents, ready to play back (a short tone from the fake recorder).

Idempotent: the session and its recording are created once.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from adapters.rtc.fake_recorder import tiny_wav
from modules.accounts.models import User
from modules.booking.models import Session
from modules.recordings.public import demo_recording_ensure


def demo_recordings_ensure(*, now: datetime | None = None) -> list[str]:
    user = User.objects.filter(email="user@demo.humanlink.local").first()
    friend = User.objects.filter(email="friend1@demo.humanlink.local").first()
    if user is None or friend is None:
        return []
    today = (now or datetime.now(UTC)).date()
    session = Session.objects.filter(user=user, friend=friend, session_type="video", status="completed").first()
    if session is None:
        start = datetime.combine(today - timedelta(days=1), time(6, 0), tzinfo=UTC)
        session = Session.objects.create(
            user=user,
            friend=friend,
            session_type="video",
            start=start,
            end=start + timedelta(hours=1),
            status="completed",
            price_minor=0,
            currency="usd",
        )
    return demo_recording_ensure(
        session_id=session.pk,
        user_id=user.pk,
        friend_id=friend.pk,
        ended_at=session.end,
        data=tiny_wav(seconds=2.0),
        content_type="audio/wav",
    )
