"""What support does when other modules announce something (subscribed once, at start-up)."""

from __future__ import annotations

from core import events
from modules.support import dependencies as deps
from modules.support.services import tickets


def subscribe_all() -> None:
    events.subscribe(events.MessageReported, lambda e: tickets.on_message_reported(e, now=deps.clock().now()))
