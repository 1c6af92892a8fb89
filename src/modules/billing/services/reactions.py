"""Billing's reactions to booking's facts (connected in billing/handlers.py, run inside booking's transaction)."""

from __future__ import annotations

from core.events import SessionStatusChanged
from core.sessions import SessionSide, SessionStatus
from modules.billing import dependencies
from modules.billing.domain.refunds import GiveBack, on_cancellation, on_no_show
from modules.billing.services import entitlements, ledger, premium

# A session that ends without taking place: what the user gets back is decided now.
_GIVE_BACK_DECIDED = frozenset({SessionStatus.CANCELLED, SessionStatus.NO_SHOW_FRIEND, SessionStatus.NO_SHOW_USER})


def on_session_changed(event: SessionStatusChanged) -> None:
    now = dependencies.clock().now()
    if event.created and event.to_status == SessionStatus.BOOKED:
        # Raising here (no included session left) rolls the booking back.
        entitlements.included_session_consume(
            user_id=event.user_id,
            session_id=event.session_id,
            session_type=event.session_type,
            starts_at=event.start,
            now=now,
        )
    elif event.created and event.to_status == SessionStatus.PENDING_PAYMENT:
        premium.premium_open(
            session_id=event.session_id,
            user_id=event.user_id,
            friend_id=event.friend_id,
            amount_minor=event.price_minor,
            currency=event.currency,
            now=now,
        )
    elif event.to_status in _GIVE_BACK_DECIDED:
        give = (
            on_cancellation(by_side=event.by_side, late=event.late)
            if event.to_status == SessionStatus.CANCELLED
            else on_no_show(
                absent_side=SessionSide.FRIEND if event.to_status == SessionStatus.NO_SHOW_FRIEND else SessionSide.USER
            )
        )
        if give == GiveBack.FULL:
            entitlements.included_session_return(session_id=event.session_id, now=now)
            premium.premium_give_back(session_id=event.session_id, now=now)
        else:
            premium.premium_drop_unpaid(session_id=event.session_id, now=now)
        if event.to_status == SessionStatus.NO_SHOW_USER:
            _credit(event, now)
    elif event.to_status == SessionStatus.COMPLETED:
        _credit(event, now)


def _credit(event: SessionStatusChanged, now) -> None:
    ledger.earning_credit(
        session_id=event.session_id,
        friend_id=event.friend_id,
        price_minor=event.price_minor,
        currency=event.currency,
        now=now,
    )
