"""Chat's event subscriptions, connected once from ChatConfig.ready (the reactions are services)."""

from __future__ import annotations

from core import events
from modules.chat.services import blocks, sockets


def connect() -> None:
    events.subscribe(events.AccountDeactivated, sockets.on_account_deactivated)
    events.subscribe(events.ContactBlocked, blocks.on_contact_blocked)
    events.subscribe(events.ContactUnblocked, blocks.on_contact_unblocked)
    events.subscribe(events.MatchAccepted, blocks.on_match_accepted)
