"""Chat's reactions to matching: an accepted match opens the pair's conversation; a block
closes it; lifting the last block reopens it.

Matching owns blocks and announces them (`ContactBlocked`, `ContactUnblocked`); these handlers
run inside matching's transaction, so the block and the closed conversation commit together.
After the commit, both people's open sockets (in any process) learn it at once, without having
to send first: `conversation.closed` / `conversation.reopened`, and from then on each socket
drops typing, receipts and presence between the two (see the consumer).
"""

from __future__ import annotations

from core import events
from kit.transactions import after_commit
from modules.chat.domain import events as chat_events
from modules.chat.domain.messages import direct_key
from modules.chat.realtime import Delivery, publish_blocking
from modules.chat.repositories import conversations as repo
from modules.chat.services.conversations import conversation_ensure_direct

# The consumer's own bookkeeping event: it forwards `text` (when there is one) and updates
# what it hides (see ChatConsumer._on_contacts).
CONTACTS_KIND = "contacts"


def contacts_delivery(a: int, b: int, *, conversation_id: int | None, closed: bool) -> Delivery:
    """Tell both people's sockets that a block between them began (closed) or ended."""
    text = ""
    if conversation_id is not None:
        text = (
            chat_events.conversation_closed_event(conversation_id=conversation_id)
            if closed
            else chat_events.conversation_reopened_event(conversation_id=conversation_id)
        )
    pair = tuple(sorted((a, b)))
    return Delivery(
        user_ids=pair,
        text=text,
        meta={"kind": CONTACTS_KIND, "users": list(pair), "closed": closed, "conversation_id": conversation_id},
    )


def _tell_sockets_after_commit(delivery: Delivery) -> None:
    # After commit: a rolled-back block must not close anybody's conversation on screen.
    after_commit(lambda: publish_blocking([delivery]))


def on_contact_blocked(event: events.ContactBlocked) -> None:
    conversation_id = repo.set_closed(key=direct_key(event.blocker_id, event.blocked_id), closed=True)
    _tell_sockets_after_commit(
        contacts_delivery(event.blocker_id, event.blocked_id, conversation_id=conversation_id, closed=True)
    )


def on_contact_unblocked(event: events.ContactUnblocked) -> None:
    conversation_id = repo.set_closed(key=direct_key(event.user_id, event.other_id), closed=False)
    _tell_sockets_after_commit(
        contacts_delivery(event.user_id, event.other_id, conversation_id=conversation_id, closed=False)
    )


def on_match_accepted(event: events.MatchAccepted) -> None:
    # Inside matching's transaction: the match and the conversation commit together.
    conversation_ensure_direct(user_id=event.user_id, friend_id=event.friend_id)
