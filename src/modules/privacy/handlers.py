"""Privacy's event subscriptions, connected once from PrivacyConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.privacy.services import erasure


def connect() -> None:
    # Accounts checked who asked; the erasure is recorded in the requester's transaction.
    events.subscribe(
        events.ErasureRequested,
        lambda e: erasure.erasure_record(user_id=e.user_id, requested_by=e.user_id, now=e.requested_at),
    )
