"""Session reminders: a push to both participants 15 minutes before the start, once."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction

from core.clock import Clock
from modules.accounts.public import display_names
from modules.booking.repositories import sessions as repo
from modules.notifications.public import NotificationKind, notify

REMINDER_LEAD = timedelta(minutes=15)


def sessions_send_reminders(*, clock: Clock) -> int:
    """Queue reminders for booked sessions starting within the next 15 minutes.

    Runs every minute; the notification key makes each reminder exist once, however often
    (or however concurrently) this runs."""
    now = clock.now()
    due = repo.booked_starting_between(now, now + REMINDER_LEAD)
    names = display_names(list({p for s in due for p in (s.user_id, s.friend_id)}))
    queued = 0
    with transaction.atomic():
        for s in due:
            minutes = max(1, round((s.start - now).total_seconds() / 60))
            kind = s.session_type
            for recipient, other in ((s.user_id, s.friend_id), (s.friend_id, s.user_id)):
                queued += notify(
                    user_id=recipient,
                    key=f"session-reminder:{s.id}:{recipient}:{s.start.isoformat()}",
                    kind=NotificationKind.SESSION_REMINDER,
                    title="Your session starts soon",
                    body=f"Your {kind} session with {names.get(other) or 'your match'} starts in {minutes} min.",
                    data={"session_id": s.id},
                )
    return queued
