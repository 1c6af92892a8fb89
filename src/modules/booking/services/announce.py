"""Booking's facts for other modules (billing consumes, refunds and credits from them)."""

from __future__ import annotations

from core.events import SessionStatusChanged, publish
from modules.booking.repositories.sessions import SessionView


def session_changed(
    before: str, after: SessionView, *, by_side: str, late: bool = False, departure: bool = False
) -> None:
    """Publish inside the transaction that made the change, so a handler that refuses rolls it back."""
    publish(
        SessionStatusChanged(
            session_id=after.id,
            user_id=after.user_id,
            friend_id=after.friend_id,
            session_type=after.session_type,
            start=after.start,
            price_minor=after.price_minor,
            currency=after.currency,
            from_status=before,
            to_status=after.status.value,
            by_side=by_side,
            late=late,
            departure=departure,
        )
    )
