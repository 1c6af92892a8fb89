"""All ORM access for messages and reports. Returns frozen views, never QuerySets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, Q

from modules.chat.domain.messages import Draft, MessageView, ReportReason
from modules.chat.models import Conversation, Message, MessageReport


def view_of(m: Message) -> MessageView:
    return MessageView(
        id=m.pk,
        conversation_id=m.conversation_id,
        seq=m.seq,
        sender_id=m.sender_id,
        client_id=m.client_id,
        body=m.body,
        created_at=m.created_at,
    )


def existing_by_client_id(drafts: Sequence[Draft]) -> dict[tuple[int, str], MessageView]:
    """Messages already stored for these (sender, client id) pairs."""
    if not drafts:
        return {}
    wanted = {(d.sender_id, d.client_id) for d in drafts}
    rows = Message.objects.filter(sender_id__in={s for s, _ in wanted}, client_id__in={c for _, c in wanted})
    return {(m.sender_id, m.client_id): view_of(m) for m in rows if (m.sender_id, m.client_id) in wanted}


def insert_in_order(drafts: Sequence[Draft], *, at: datetime) -> list[MessageView]:
    """Insert new messages, numbering each conversation's under a lock on its row.

    Must run inside a transaction. Rows are locked in id order, so two writers touching the
    same conversations cannot deadlock. The (sender, client_id) constraint may still raise
    IntegrityError if a duplicate raced in; the caller retries.
    """
    if not drafts:
        return []
    by_conversation: dict[int, list[Draft]] = defaultdict(list)
    for d in drafts:
        by_conversation[d.conversation_id].append(d)
    conversations = list(
        Conversation.objects.select_for_update().filter(id__in=by_conversation).order_by("id").only("id", "last_seq")
    )
    rows: list[Message] = []
    for conversation in conversations:
        for d in by_conversation[conversation.pk]:
            conversation.last_seq += 1
            rows.append(
                Message(
                    conversation_id=conversation.pk,
                    seq=conversation.last_seq,
                    sender_id=d.sender_id,
                    client_id=d.client_id,
                    body=d.body,
                    created_at=at,
                )
            )
    Message.objects.bulk_create(rows)
    last_id: dict[int, int] = {}
    for row in rows:
        last_id[row.conversation_id] = row.pk
    for conversation in conversations:
        conversation.last_message_id = last_id[conversation.pk]
        conversation.last_message_at = at
    Conversation.objects.bulk_update(conversations, ["last_seq", "last_message_id", "last_message_at"])
    return [view_of(r) for r in rows]


def page(
    conversation_id: int, *, before: int | None = None, after: int | None = None, limit: int
) -> tuple[list[MessageView], bool]:
    """Keyset page of a conversation, oldest first, and whether more lie in that direction.

    Ids follow commit order within a conversation, so a cursor never skips a message that
    commits later.
    """
    qs = Message.objects.filter(conversation_id=conversation_id)
    if after is not None:
        rows = list(qs.filter(id__gt=after).order_by("id")[: limit + 1])
        return [view_of(m) for m in rows[:limit]], len(rows) > limit
    if before is not None:
        qs = qs.filter(id__lt=before)
    rows = list(qs.order_by("-id")[: limit + 1])
    return [view_of(m) for m in reversed(rows[:limit])], len(rows) > limit


def seqs_at(cursors: Mapping[int, int]) -> dict[int, int]:
    """Per conversation, the seq of the last message with id <= the cursor (0 if none)."""
    if not cursors:
        return {}
    condition = Q()
    for conversation_id, cursor in cursors.items():
        condition |= Q(conversation_id=conversation_id, id__lte=cursor)
    rows = (
        Message.objects.filter(condition)
        .order_by()
        .values("conversation_id")
        .annotate(seq=Max("seq"))
        .values_list("conversation_id", "seq")
    )
    found = dict(rows)
    return {cid: found.get(cid, 0) for cid in cursors}


def last_seqs(conversation_ids: Iterable[int]) -> dict[int, int]:
    return dict(Conversation.objects.filter(id__in=set(conversation_ids)).values_list("id", "last_seq"))


def seq_range(
    conversation_id: int, *, after_seq: int, before_seq: int | None = None, limit: int | None = None
) -> list[MessageView]:
    qs = Message.objects.filter(conversation_id=conversation_id, seq__gt=after_seq)
    if before_seq is not None:
        qs = qs.filter(seq__lt=before_seq)
    qs = qs.order_by("seq")
    return [view_of(m) for m in (qs[:limit] if limit else qs)]


def get_message(message_id: int) -> MessageView | None:
    m = Message.objects.filter(pk=message_id).first()
    return view_of(m) if m else None


def around(message: MessageView, *, context: int) -> list[MessageView]:
    """The message with up to `context` messages either side (moderation)."""
    qs = Message.objects.filter(conversation_id=message.conversation_id)
    older = list(qs.filter(seq__lt=message.seq).order_by("-seq")[:context])
    newer = list(qs.filter(seq__gt=message.seq).order_by("seq")[:context])
    return [view_of(m) for m in reversed(older)] + [message] + [view_of(m) for m in newer]


@dataclass(frozen=True)
class ReportView:
    id: int
    message_id: int
    conversation_id: int
    reporter_id: int
    reason: ReportReason
    note: str
    status: str
    created_at: datetime


def _report_view(r: MessageReport) -> ReportView:
    return ReportView(
        id=r.pk,
        message_id=r.message_id,
        conversation_id=r.message.conversation_id,
        reporter_id=r.reporter_id,
        reason=ReportReason(r.reason),
        note=r.note,
        status=r.status,
        created_at=r.created_at,
    )


def report_create(*, message_id: int, reporter_id: int, reason: ReportReason, note: str, at: datetime) -> ReportView:
    """One report per reporter and message: reporting again returns the first one."""
    report, _ = MessageReport.objects.select_related("message").get_or_create(
        message_id=message_id,
        reporter_id=reporter_id,
        defaults={"reason": reason.value, "note": note, "created_at": at},
    )
    return _report_view(report)


def report_get(report_id: int) -> ReportView | None:
    r = MessageReport.objects.select_related("message").filter(pk=report_id).first()
    return _report_view(r) if r else None


def reports(*, status: str | None, limit: int, offset: int) -> tuple[list[ReportView], int]:
    qs = MessageReport.objects.select_related("message").order_by("created_at", "id")
    if status:
        qs = qs.filter(status=status)
    return [_report_view(r) for r in qs[offset : offset + limit]], qs.count()


def report_resolve(*, report_id: int, by: int, at: datetime) -> None:
    MessageReport.objects.filter(pk=report_id).update(
        status=MessageReport.Status.RESOLVED, resolved_by_id=by, resolved_at=at
    )
