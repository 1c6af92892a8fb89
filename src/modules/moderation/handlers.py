"""What moderation does when other modules announce something (subscribed once, at start-up)."""

from __future__ import annotations

from core import events
from modules.moderation import dependencies as deps
from modules.moderation.services import audit


def subscribe_all() -> None:
    events.subscribe(events.StaffActed, lambda e: audit.on_staff_acted(e, now=deps.clock().now()))
