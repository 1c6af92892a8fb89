"""Billing's event subscriptions, connected once from BillingConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.billing.services import reactions


def connect() -> None:
    # Booking's facts (booked, cancelled, completed), inside booking's transaction.
    events.subscribe(events.SessionStatusChanged, reactions.on_session_changed)
