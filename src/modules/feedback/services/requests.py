"""Feedback's reactions to other modules' facts: rating requests after a session, and the moments
that make a survey due (connected in feedback/handlers.py, run in the publisher's transaction)."""

from __future__ import annotations

from core import events
from core.sessions import SessionStatus
from modules.booking.public import completed_sessions_count
from modules.feedback import dependencies
from modules.feedback.domain.surveys import Moment
from modules.feedback.services.surveys import moment_has_surveys, moment_reached
from modules.notifications.public import NotificationKind, notify


def on_session_status_changed(event: events.SessionStatusChanged) -> None:
    """A completed session: ask both people how it went, once each (the key makes it idempotent)."""
    if event.to_status != SessionStatus.COMPLETED:
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


# --- surveys: the moments that make one due ------------------------------------------------------


def _now():
    return dependencies.clock().now()


def on_session_completed_ask_first_session_survey(event: events.SessionStatusChanged) -> None:
    """Each side whose first completed session this is gets the first-session surveys (once ever)."""
    if event.to_status != SessionStatus.COMPLETED or not moment_has_surveys(Moment.FIRST_SESSION):
        return
    # In booking's transaction: this session already counts, so "first" means exactly one.
    firsts = {
        person: side
        for person, side in ((event.user_id, "user"), (event.friend_id, "friend"))
        if completed_sessions_count(person, at_most=2) == 1
    }
    if firsts:
        moment_reached(moment=Moment.FIRST_SESSION, people=firsts, reason=f"session:{event.session_id}", now=_now())


def on_rematch_ask_exit_survey(event: events.RematchRequested) -> None:

    moment_reached(
        moment=Moment.REMATCH, people={event.user_id: "user"}, reason=f"rematch:{event.rematch_id}", now=_now()
    )


def on_subscription_cancelled(event: events.SubscriptionCancelled) -> None:

    moment_reached(
        moment=Moment.SUBSCRIPTION_CANCELLED,
        people={event.user_id: "user"},
        reason=f"subscription:{event.subscription_id}",
        now=_now(),
    )
