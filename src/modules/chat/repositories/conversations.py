"""All ORM access for conversations, memberships and chat preferences."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from modules.chat.domain.messages import ConversationKind, MessageView
from modules.chat.models import ChatPreferences, Conversation, Membership, Message
from modules.chat.repositories.messages import view_of


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    kind: ConversationKind
    title: str
    member_ids: tuple[int, ...]
    unread_count: int
    last_read_id: int
    last_message: MessageView | None
    last_message_at: datetime | None
    closed: bool = False


@dataclass(frozen=True)
class Preferences:
    share_presence: bool = True
    send_read_receipts: bool = True


def ensure_conversation(*, key: str, kind: ConversationKind, title: str, member_ids: Iterable[int]) -> int:
    """The conversation with `key`, created if missing, with every given member in it."""
    conversation = Conversation.objects.filter(key=key).first()
    if conversation is None:
        try:
            with transaction.atomic():
                conversation = Conversation.objects.create(key=key, kind=kind.value, title=title)
        except IntegrityError:
            # Someone created it concurrently; theirs is as good as ours.
            conversation = Conversation.objects.get(key=key)
    Membership.objects.bulk_create(
        [Membership(conversation=conversation, user_id=uid) for uid in set(member_ids)], ignore_conflicts=True
    )
    return conversation.pk


def remove_member(*, key: str, user_id: int) -> None:
    Membership.objects.filter(conversation__key=key, user_id=user_id).delete()


def members_of(conversation_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """Member ids per conversation (conversations that do not exist are absent)."""
    out: dict[int, list[int]] = defaultdict(list)
    rows = Membership.objects.filter(conversation_id__in=set(conversation_ids)).values_list(
        "conversation_id", "user_id"
    )
    for conversation_id, user_id in rows:
        out[conversation_id].append(user_id)
    return {cid: tuple(sorted(uids)) for cid, uids in out.items()}


def set_closed(*, key: str, closed: bool) -> int | None:
    """Close or reopen the conversation with `key`; its id, or None when there is none."""
    conversation_id = Conversation.objects.filter(key=key).values_list("id", flat=True).first()
    if conversation_id is not None:
        Conversation.objects.filter(pk=conversation_id).update(closed=closed)
    return conversation_id


@dataclass(frozen=True)
class ConversationAudience:
    members: tuple[int, ...]
    kind: ConversationKind
    closed: bool


def audience_of(conversation_id: int) -> ConversationAudience | None:
    """Members, kind and closed flag of a conversation in one query (None: no such conversation)."""
    rows = list(
        Membership.objects.filter(conversation_id=conversation_id).values_list(
            "user_id", "conversation__kind", "conversation__closed"
        )
    )
    if not rows:
        return None
    return ConversationAudience(
        members=tuple(sorted(uid for uid, _, _ in rows)), kind=ConversationKind(rows[0][1]), closed=rows[0][2]
    )


def exists(key: str) -> bool:
    return Conversation.objects.filter(key=key).exists()


def conversation_ids_of(user_id: int) -> set[int]:
    return set(Membership.objects.filter(user_id=user_id).values_list("conversation_id", flat=True))


def counterparts_of(user_id: int) -> set[int]:
    """Everyone who shares at least one open conversation with `user_id` (a block closes one)."""
    mine = Membership.objects.filter(user_id=user_id, conversation__closed=False).values("conversation_id")
    return set(
        Membership.objects.filter(conversation_id__in=mine).exclude(user_id=user_id).values_list("user_id", flat=True)
    )


def conversations_of(user_id: int, *, limit: int, offset: int) -> tuple[list[ConversationSummary], int]:
    """A user's conversations, most recently active first, with unread counts and last message."""
    unread = (
        Message.objects.filter(conversation_id=OuterRef("conversation_id"), id__gt=OuterRef("last_read_id"))
        .exclude(sender_id=user_id)
        .order_by()
        .values("conversation_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    memberships = (
        Membership.objects.filter(user_id=user_id)
        .select_related("conversation")
        .annotate(unread=Coalesce(Subquery(unread), 0))
        .order_by("-conversation__last_message_at", "-conversation_id")
    )
    total = memberships.count()
    rows = list(memberships[offset : offset + limit])
    ids = [m.conversation_id for m in rows]
    members = members_of(ids)
    last_ids = [m.conversation.last_message_id for m in rows if m.conversation.last_message_id]
    last = {msg.conversation_id: view_of(msg) for msg in Message.objects.filter(id__in=last_ids)}
    return [
        ConversationSummary(
            id=m.conversation_id,
            kind=ConversationKind(m.conversation.kind),
            title=m.conversation.title,
            member_ids=members.get(m.conversation_id, ()),
            unread_count=m.unread,
            last_read_id=m.last_read_id,
            last_message=last.get(m.conversation_id),
            last_message_at=m.conversation.last_message_at,
            closed=m.conversation.closed,
        )
        for m in rows
    ], total


def mark_read(*, conversation_id: int, user_id: int, message_id: int) -> bool:
    """Move the member's read marker forward (never back). True if it moved."""
    moved = Membership.objects.filter(
        Q(last_read_id__lt=message_id), conversation_id=conversation_id, user_id=user_id
    ).update(last_read_id=message_id)
    return moved > 0


def preferences_of(user_ids: Iterable[int]) -> dict[int, Preferences]:
    ids = set(user_ids)
    found = {
        p.user_id: Preferences(share_presence=p.share_presence, send_read_receipts=p.send_read_receipts)
        for p in ChatPreferences.objects.filter(user_id__in=ids)
    }
    return {uid: found.get(uid, Preferences()) for uid in ids}


def save_preferences(user_id: int, prefs: Preferences) -> Preferences:
    ChatPreferences.objects.update_or_create(
        user_id=user_id,
        defaults={"share_presence": prefs.share_presence, "send_read_receipts": prefs.send_read_receipts},
    )
    return prefs
