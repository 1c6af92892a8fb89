"""Premium sessions wait in `pending_payment` until billing settles their payment."""

from __future__ import annotations

from django.db import transaction

from core.events import PremiumPaymentSettled
from core.sessions import SessionSide
from modules.booking import dependencies
from modules.booking.domain.sessions import SessionStatus
from modules.booking.repositories import sessions as repo
from modules.booking.services.announce import session_changed


def on_premium_payment_settled(event: PremiumPaymentSettled) -> None:
    """Confirm the session when paid, release its slot when the payment failed or expired."""
    with transaction.atomic():
        session = repo.lock_session(event.session_id)
        if session is None or session.status != SessionStatus.PENDING_PAYMENT:
            return  # already settled (or cancelled meanwhile): nothing to do
        target = SessionStatus.BOOKED if event.succeeded else SessionStatus.CANCELLED
        after = repo.record_transition(
            session_id=session.id,
            from_status=session.status,
            to_status=target,
            actor_id=None,
            reason=f"payment {event.outcome}",
            at=dependencies.clock().now(),
        )
        session_changed(session.status, after, by_side=SessionSide.SYSTEM)
