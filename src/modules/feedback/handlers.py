"""What feedback does when other modules announce something (subscribed once, at start-up)."""

from __future__ import annotations

from core import events
from modules.notifications.public import NotificationKind, notify


def on_session_status_changed(event: events.SessionStatusChanged) -> None:
    """A completed session: ask both people how it went, once each (the key makes it idempotent)."""
    if event.to_status != "completed":
        return
    for person_id, about in ((event.user_id, "your friend"), (event.friend_id, "the person you talked with")):
        notify(
            user_id=person_id,
            key=f"feedback-request:{event.session_id}:{person_id}",
            kind=NotificationKind.FEEDBACK_REQUEST,
            title="How was your session?",
            body=f"Rate your session with {about}: it takes a few seconds.",
            data={"session_id": str(event.session_id)},
        )


def subscribe_all() -> None:
    events.subscribe(events.SessionStatusChanged, on_session_status_changed)
