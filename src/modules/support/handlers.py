"""Support's event subscriptions, connected once from the AppConfig's ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.support import dependencies as deps
from modules.support.services import tickets


def connect() -> None:
    events.subscribe(events.MessageReported, lambda e: tickets.on_message_reported(e, now=deps.clock().now()))
