"""What privacy does when other modules announce something (subscribed once, at start-up)."""

from __future__ import annotations

from core import events
from modules.privacy.services import erasure


def on_erasure_requested(event: events.ErasureRequested) -> None:
    erasure.erasure_record(user_id=event.user_id, requested_by=event.user_id, now=event.requested_at)


def subscribe_all() -> None:
    events.subscribe(events.ErasureRequested, on_erasure_requested)
