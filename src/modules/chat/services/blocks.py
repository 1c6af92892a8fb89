"""Chat's reactions to matching: an accepted match opens the pair's conversation; a block
closes it; lifting the last block reopens it.

Matching owns blocks and announces them (`ContactBlocked`, `ContactUnblocked`); these handlers
run inside matching's transaction, so the block and the closed conversation commit together.
"""

from __future__ import annotations

from core import events
from modules.chat.domain.messages import direct_key
from modules.chat.repositories import conversations as repo
from modules.chat.services.conversations import conversation_ensure_direct


def on_contact_blocked(event: events.ContactBlocked) -> None:
    repo.set_closed(key=direct_key(event.blocker_id, event.blocked_id), closed=True)


def on_contact_unblocked(event: events.ContactUnblocked) -> None:
    repo.set_closed(key=direct_key(event.user_id, event.other_id), closed=False)


def on_match_accepted(event: events.MatchAccepted) -> None:
    # Inside matching's transaction: the match and the conversation commit together.
    conversation_ensure_direct(user_id=event.user_id, friend_id=event.friend_id)


def subscribe_all() -> None:
    events.subscribe(events.ContactBlocked, on_contact_blocked)
    events.subscribe(events.ContactUnblocked, on_contact_unblocked)
    events.subscribe(events.MatchAccepted, on_match_accepted)
