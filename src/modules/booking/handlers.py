"""Booking's event subscriptions, connected once from BookingConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.booking.services import payments


def connect() -> None:
    events.subscribe(events.PremiumPaymentSettled, payments.on_premium_payment_settled)
