"""Group events' event subscriptions, connected once from GroupEventsConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.group_events import dependencies as deps
from modules.group_events.services import seats


def connect() -> None:
    events.subscribe(
        events.EventSeatPaymentSettled,
        lambda e: seats.on_payment_settled(seat_id=e.seat_id, succeeded=e.succeeded, now=deps.clock().now()),
    )
