"""Booking's facts for other modules (billing consumes, refunds and credits from them)."""

from __future__ import annotations

from typing import Literal

from core.events import SessionStatusChanged, publish
from core.sessions import SessionSide, SessionStatus, SessionType
from modules.booking.repositories.sessions import SessionView


def session_changed(
    before: SessionStatus | Literal[""],
    after: SessionView,
    *,
    by_side: SessionSide,
    late: bool = False,
    departure: bool = False,
) -> None:
    """Publish inside the transaction that made the change, so a handler that refuses rolls it back.

    `before` is "" for a session just created."""
    publish(
        SessionStatusChanged(
            session_id=after.id,
            user_id=after.user_id,
            friend_id=after.friend_id,
            session_type=SessionType(after.session_type),
            start=after.start,
            price_minor=after.price_minor,
            currency=after.currency,
            from_status=before,
            to_status=after.status,
            by_side=by_side,
            late=late,
            departure=departure,
        )
    )
