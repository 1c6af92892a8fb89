"""Moderation's event subscriptions, connected once from the AppConfig's ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.moderation import dependencies as deps
from modules.moderation.services import audit


def connect() -> None:
    events.subscribe(events.StaffActed, lambda e: audit.on_staff_acted(e, now=deps.clock().now()))
