"""Sending, reading and paging messages. Persist first; fan out and push only after commit."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from django.db import IntegrityError, transaction

from core.errors import DomainError, InvalidInput, NotFound, PermissionDenied
from core.identity import Actor
from core.ports.presence import Presence
from kit.transactions import after_commit
from modules.accounts.public import display_names
from modules.chat import dependencies
from modules.chat.domain import events
from modules.chat.domain.messages import Draft, IdempotencyKey, MessageView, draft_problems
from modules.chat.realtime import Delivery
from modules.chat.repositories import conversations as conversations_repo
from modules.chat.repositories import messages as repo
from modules.chat.services import visibility
from modules.notifications.public import NotificationKind, notify

logger = logging.getLogger(__name__)

# Called once, after commit, with the events to fan out.
Deliver = Callable[[list[Delivery]], None]
# Takes the after-commit offline-push job to run elsewhere (the socket writer keeps it off
# its own thread); without one, the job runs right after commit.
DeferPush = Callable[[Callable[[], None]], None]

MAX_PAGE = 100
MAX_RESUME = 1000
PUSH_PREVIEW_CHARS = 120
_INSERT_ATTEMPTS = 3
BLOCKED_DETAIL = "This conversation is closed: one of you blocked the other. Its history stays readable."


@dataclass(frozen=True)
class SendOutcome:
    message: MessageView | None = None
    duplicate: bool = False
    error: DomainError | None = None


def messages_send_batch(
    *,
    drafts: Sequence[Draft],
    deliver: Deliver,
    origins: Sequence[str] | None = None,
    push: DeferPush | None = None,
) -> list[SendOutcome]:
    """Store many drafts (from any senders) in one transaction; one outcome per draft.

    A draft that is invalid, or whose sender is not in the conversation, fails alone. A draft
    whose (conversation, sender, client id) is already stored is acknowledged with the stored
    message and not fanned out again; the same client id in another conversation is a new
    message there.
    """
    origins = origins or [""] * len(drafts)
    outcomes: list[SendOutcome | None] = [None] * len(drafts)
    valid = []
    for i, draft in enumerate(drafts):
        problems = draft_problems(client_id=draft.client_id, body=draft.body)
        if problems:
            outcomes[i] = SendOutcome(error=InvalidInput("This message cannot be sent.", errors=problems))
        else:
            valid.append(i)
    for attempt in range(_INSERT_ATTEMPTS):
        try:
            with transaction.atomic():
                stored = _store(drafts, valid, outcomes, origins, deliver, push)
            break
        except IntegrityError:
            # The same (conversation, sender, client id) was stored concurrently by another
            # process: go again, and this time it is found as a duplicate.
            if attempt == _INSERT_ATTEMPTS - 1:
                raise
    logger.debug("chat: stored %d of %d drafts", stored, len(drafts))
    return [o or SendOutcome(error=NotFound("No such conversation.")) for o in outcomes]


def _store(
    drafts: Sequence[Draft],
    valid: list[int],
    outcomes: list[SendOutcome | None],
    origins: Sequence[str],
    deliver: Deliver,
    push: DeferPush | None,
) -> int:
    if not valid:
        return 0
    # One lock round reads positions, members, closed flags and earlier copies together.
    locked = repo.lock_for_writing([drafts[i] for i in valid])
    members, closed = locked.members, locked.closed
    allowed, refused = [], []
    for i in valid:
        if drafts[i].sender_id not in members.get(drafts[i].conversation_id, ()):
            # Not a member and no such conversation look the same from outside.
            outcomes[i] = SendOutcome(error=NotFound("No such conversation."))
        elif drafts[i].conversation_id in closed:
            refused.append(i)
        else:
            allowed.append(i)
    existing = locked.existing
    for i in refused:
        # A resend of a message stored before the block is still acknowledged with the original.
        found = existing.get(drafts[i].key)
        blocked = PermissionDenied(BLOCKED_DETAIL, code="blocked")
        outcomes[i] = SendOutcome(message=found, duplicate=True) if found else SendOutcome(error=blocked)
    fresh: list[int] = []
    first_index: dict[IdempotencyKey, int] = {}
    repeats: list[int] = []
    for i in allowed:
        key = drafts[i].key
        if key in existing:
            outcomes[i] = SendOutcome(message=existing[key], duplicate=True)
        elif key in first_index:
            repeats.append(i)
        else:
            first_index[key] = i
            fresh.append(i)
    stored = repo.insert_numbered([drafts[i] for i in fresh], last_seq=locked.last_seq, at=dependencies.clock().now())
    by_key = {m.key: m for m in stored}
    for i in fresh:
        outcomes[i] = SendOutcome(message=by_key[drafts[i].key])
    for i in repeats:
        outcomes[i] = SendOutcome(message=by_key[drafts[i].key], duplicate=True)
    if stored:
        origin_of = {drafts[i].key: origins[i] for i in fresh}
        deliveries = [
            Delivery(
                user_ids=members[m.conversation_id],
                text=events.message_event(m),
                meta={
                    "kind": "message",
                    "conversation_id": m.conversation_id,
                    "seq": m.seq,
                    "origin": origin_of[m.key],
                },
            )
            for m in stored
        ]
        after_commit(lambda: deliver(deliveries))
        job = partial(_push_to_offline, stored, members)
        after_commit((lambda: push(job)) if push else job)
    return len(stored)


def _push_to_offline(messages: Sequence[MessageView], members: Mapping[int, tuple[int, ...]]) -> None:
    """Recipients with no open socket get a push, once per new message (duplicates never
    reach here)."""
    recipients = {uid for m in messages for uid in members[m.conversation_id] if uid != m.sender_id}
    if not recipients:
        return
    presence = dependencies.presence().presence_of(recipients)
    offline = {uid for uid in recipients if presence.get(uid, Presence.OFFLINE) == Presence.OFFLINE}
    if not offline:
        return
    names = display_names(sorted({m.sender_id for m in messages}))
    for m in messages:
        for uid in members[m.conversation_id]:
            if uid == m.sender_id or uid not in offline:
                continue
            try:
                # The outbox makes it once per (message, recipient), delivered by a task.
                notify(
                    user_id=uid,
                    key=f"chat-message:{m.id}:{uid}",
                    kind=NotificationKind.NEW_MESSAGE,
                    title=names.get(m.sender_id) or "New message",
                    body=m.body[:PUSH_PREVIEW_CHARS],
                    data={"conversation_id": str(m.conversation_id), "message_id": str(m.id)},
                )
            except Exception:
                # The messages are stored and delivered to sockets already; a failed push must not undo that.
                logger.warning("chat: push to user %s for message %s failed", uid, m.id, exc_info=True)


def message_send(*, actor: Actor, conversation_id: int, client_id: str, body: str, deliver: Deliver) -> SendOutcome:
    """Send one message (HTTP clients). Raises the failure instead of returning it."""
    draft = Draft(sender_id=actor.user_id, conversation_id=conversation_id, client_id=client_id, body=body)
    (outcome,) = messages_send_batch(drafts=[draft], deliver=deliver)
    if outcome.error is not None:
        raise outcome.error
    return outcome


def _require_member(actor: Actor, conversation_id: int) -> tuple[int, ...]:
    members = conversations_repo.members_of([conversation_id]).get(conversation_id, ())
    # Staff are no exception: they read conversations only through reported messages.
    if actor.user_id not in members:
        raise NotFound("No such conversation.")
    return members


def messages_page(
    *, actor: Actor, conversation_id: int, before: int | None, after: int | None, limit: int
) -> tuple[list[MessageView], bool]:
    if before is not None and after is not None:
        raise InvalidInput("Give 'before' or 'after', not both.")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"'limit' must be between 1 and {MAX_PAGE}.")
    _require_member(actor, conversation_id)
    return repo.page(conversation_id, before=before, after=after, limit=limit)


def conversation_positions(*, user_id: int) -> dict[int, int]:
    """The current last seq of each of the user's conversations."""
    return repo.last_seqs(conversations_repo.conversation_ids_of(user_id))


def resume_baselines(*, user_id: int, cursors: Mapping[int, int], defaults: Mapping[int, int]) -> dict[int, int]:
    """For each of the user's conversations, the seq the client has seen up to: from its
    cursor (last seen message id) where it gave one, else `defaults` (where the conversation
    stood when the socket subscribed), else 0 (a conversation that is new since then).
    Cursors for conversations the user is not in are ignored."""
    mine = conversations_repo.conversation_ids_of(user_id)
    baselines = {cid: defaults.get(cid, 0) for cid in mine}
    baselines.update(repo.seqs_at({cid: cursor for cid, cursor in cursors.items() if cid in mine}))
    return baselines


def messages_by_seq(
    *, user_id: int, conversation_id: int, after_seq: int, before_seq: int | None = None, limit: int = MAX_RESUME
) -> list[MessageView]:
    """Messages of a conversation by position (resume, and repairing a gap a socket saw)."""
    if user_id not in conversations_repo.members_of([conversation_id]).get(conversation_id, ()):
        return []
    return repo.seq_range(conversation_id, after_seq=after_seq, before_seq=before_seq, limit=limit)


def conversation_mark_read(*, actor: Actor, conversation_id: int, message_id: int, deliver: Deliver) -> None:
    """Move my read marker to `message_id`. Others see a receipt unless I turned them off, or a
    block hides us from each other (a closed conversation, or a block within a group); my own
    other devices always learn it (to clear their unread badges)."""
    others = visibility.others_who_see(user_id=actor.user_id, conversation_id=conversation_id)
    message = repo.get_message(message_id)
    if message is None or message.conversation_id != conversation_id:
        raise NotFound("No such message in this conversation.")
    with transaction.atomic():
        if not conversations_repo.mark_read(
            conversation_id=conversation_id, user_id=actor.user_id, message_id=message_id
        ):
            return
        prefs = conversations_repo.preferences_of([actor.user_id])[actor.user_id]
        audience = tuple(sorted((actor.user_id, *others))) if prefs.send_read_receipts else (actor.user_id,)
        delivery = Delivery(
            user_ids=audience,
            text=events.read_event(conversation_id=conversation_id, user_id=actor.user_id, message_id=message_id),
            meta={"kind": "read", "conversation_id": conversation_id, "from": actor.user_id},
        )
        after_commit(lambda: deliver([delivery]))
