"""All ORM access for messages and reports. Returns frozen views, never QuerySets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import Max, Q

from modules.chat.domain.messages import Draft, IdempotencyKey, MessageView, ReportReason
from modules.chat.models import Conversation, Membership, Message, MessageReport


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


def existing_by_client_id(drafts: Sequence[Draft]) -> dict[IdempotencyKey, MessageView]:
    """Messages already stored for these (conversation, sender, client id) keys."""
    if not drafts:
        return {}
    wanted = {d.key for d in drafts}
    rows = Message.objects.filter(
        conversation_id__in={d.conversation_id for d in drafts},
        sender_id__in={d.sender_id for d in drafts},
        client_id__in={d.client_id for d in drafts},
    )
    return {view.key: view for view in map(view_of, rows) if view.key in wanted}


@dataclass(frozen=True)
class WriteLock:
    """What a batch write needs to know, read with the conversations' rows locked."""

    last_seq: dict[int, int]  # per existing conversation
    members: dict[int, tuple[int, ...]]  # per existing conversation, sorted
    existing: dict[IdempotencyKey, MessageView]  # already stored (conversation, sender, client id)
    # Conversations closed by a block, read under the same lock, so a message cannot slip in
    # while a block commits.
    closed: frozenset[int] = frozenset()


def lock_for_writing(drafts: Sequence[Draft]) -> WriteLock:
    """Lock the drafts' conversations (in id order, so two writers cannot deadlock) and read
    their positions, members, and the drafts already stored. Must run inside a transaction.

    On PostgreSQL this is one round trip (one statement); elsewhere three queries.
    """
    conversation_ids = sorted({d.conversation_id for d in drafts})
    if connection.vendor == "postgresql":
        return _lock_for_writing_one_trip(conversation_ids, drafts)
    rows = list(
        Conversation.objects.select_for_update()
        .filter(id__in=conversation_ids)
        .order_by("id")
        .values_list("id", "last_seq", "closed")
    )
    last_seq = {cid: seq for cid, seq, _ in rows}
    members: dict[int, list[int]] = defaultdict(list)
    for conversation_id, user_id in Membership.objects.filter(conversation_id__in=last_seq).values_list(
        "conversation_id", "user_id"
    ):
        members[conversation_id].append(user_id)
    return WriteLock(
        last_seq=last_seq,
        members={cid: tuple(sorted(members.get(cid, ()))) for cid in last_seq},
        existing=existing_by_client_id(drafts),
        closed=frozenset(cid for cid, _, is_closed in rows if is_closed),
    )


def _lock_for_writing_one_trip(conversation_ids: list[int], drafts: Sequence[Draft]) -> WriteLock:
    wanted = sorted({d.key for d in drafts})
    # Table names come from the models, never from input.
    sql = f"""
        WITH locked AS (
            SELECT id, last_seq, closed FROM {Conversation._meta.db_table}
            WHERE id = ANY(%s::bigint[]) ORDER BY id FOR UPDATE
        )
        SELECT l.id, l.last_seq,
               ARRAY(SELECT m.user_id FROM {Membership._meta.db_table} m
                     WHERE m.conversation_id = l.id ORDER BY m.user_id),
               NULL, NULL, NULL, NULL, NULL, l.closed
        FROM locked l
        UNION ALL
        SELECT m.conversation_id, m.seq, NULL, m.id, m.sender_id, m.client_id, m.body, m.created_at, NULL
        FROM {Message._meta.db_table} m
        JOIN unnest(%s::bigint[], %s::bigint[], %s::text[]) AS w(conversation_id, sender_id, client_id)
          ON m.conversation_id = w.conversation_id AND m.sender_id = w.sender_id AND m.client_id = w.client_id
    """  # noqa: S608
    last_seq: dict[int, int] = {}
    members: dict[int, tuple[int, ...]] = {}
    existing: dict[IdempotencyKey, MessageView] = {}
    closed: set[int] = set()
    with connection.cursor() as cursor:
        cursor.execute(sql, [conversation_ids, *(list(column) for column in zip(*wanted, strict=True))])
        for cid, seq, member_ids, message_id, sender_id, client_id, body, created_at, is_closed in cursor.fetchall():
            if message_id is None:
                last_seq[cid] = seq
                members[cid] = tuple(member_ids)
                if is_closed:
                    closed.add(cid)
            else:
                view = MessageView(
                    id=message_id,
                    conversation_id=cid,
                    seq=seq,
                    sender_id=sender_id,
                    client_id=client_id,
                    body=body,
                    created_at=created_at,
                )
                existing[view.key] = view
    return WriteLock(last_seq=last_seq, members=members, existing=existing, closed=frozenset(closed))


def insert_numbered(drafts: Sequence[Draft], *, last_seq: Mapping[int, int], at: datetime) -> list[MessageView]:
    """Insert new messages, numbered on from each conversation's `last_seq`, and move the
    conversations' positions. Must run in the transaction that locked them (lock_for_writing).

    Within a conversation, later seqs get higher ids. The (conversation, sender, client_id) constraint may
    still raise IntegrityError if a duplicate raced in; the caller retries. On PostgreSQL this
    is one round trip (one statement); elsewhere two.
    """
    if not drafts:
        return []
    by_conversation: dict[int, list[Draft]] = defaultdict(list)
    for d in drafts:
        by_conversation[d.conversation_id].append(d)
    numbered: list[tuple[int, Draft]] = []
    for cid in sorted(by_conversation):
        seq = last_seq[cid]
        for d in by_conversation[cid]:
            seq += 1
            numbered.append((seq, d))
    if connection.vendor == "postgresql":
        return _insert_numbered_one_trip(numbered, at=at)
    rows = [
        Message(
            conversation_id=d.conversation_id,
            seq=seq,
            sender_id=d.sender_id,
            client_id=d.client_id,
            body=d.body,
            created_at=at,
        )
        for seq, d in numbered
    ]
    Message.objects.bulk_create(rows)
    last: dict[int, Message] = {}
    for row in rows:
        last[row.conversation_id] = row
    _set_positions([(r.seq, r.pk, cid) for cid, r in last.items()], at=at)
    return [view_of(r) for r in rows]


def _insert_numbered_one_trip(numbered: list[tuple[int, Draft]], *, at: datetime) -> list[MessageView]:
    # Rows are inserted in input order (ORDER BY ord), so ids rise with seq in a conversation.
    sql = f"""
        WITH new AS (
            INSERT INTO {Message._meta.db_table} (conversation_id, seq, sender_id, client_id, body, created_at)
            SELECT d.conversation_id, d.seq, d.sender_id, d.client_id, d.body, %s
            FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::text[], %s::text[])
                 WITH ORDINALITY AS d(conversation_id, seq, sender_id, client_id, body, ord)
            ORDER BY d.ord
            RETURNING id, conversation_id, seq
        ), moved AS (
            UPDATE {Conversation._meta.db_table} c
            SET last_seq = n.seq, last_message_id = n.id, last_message_at = %s
            FROM (SELECT DISTINCT ON (conversation_id) conversation_id, id, seq
                  FROM new ORDER BY conversation_id, seq DESC) n
            WHERE c.id = n.conversation_id
        )
        SELECT conversation_id, seq, id FROM new
    """  # noqa: S608
    stamp = connection.ops.adapt_datetimefield_value(at)
    params = [
        stamp,
        [d.conversation_id for _, d in numbered],
        [seq for seq, _ in numbered],
        [d.sender_id for _, d in numbered],
        [d.client_id for _, d in numbered],
        [d.body for _, d in numbered],
        stamp,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = {(cid, seq): message_id for cid, seq, message_id in cursor.fetchall()}
    return [
        MessageView(
            id=ids[(d.conversation_id, seq)],
            conversation_id=d.conversation_id,
            seq=seq,
            sender_id=d.sender_id,
            client_id=d.client_id,
            body=d.body,
            created_at=at,
        )
        for seq, d in numbered
    ]


def _set_positions(positions: Sequence[tuple[int, int, int]], *, at: datetime) -> None:
    """(last_seq, last_message_id, conversation id) for each conversation, in one round trip.

    Not `bulk_update`: its CASE WHEN expression per row and field cost more Python than the
    rest of the batch write together (a third of a worker's CPU under the chat benchmark).
    psycopg sends an executemany as one pipeline.
    """
    table = Conversation._meta.db_table
    stamp = connection.ops.adapt_datetimefield_value(at)
    with connection.cursor() as cursor:
        cursor.executemany(
            # The table name comes from the model, never from input.
            f"UPDATE {table} SET last_seq = %s, last_message_id = %s, last_message_at = %s WHERE id = %s",  # noqa: S608
            [(seq, message_id, stamp, cid) for seq, message_id, cid in positions],
        )


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
        rows = list(qs.filter(id__lt=before).order_by("-id")[: limit + 1])  # (conversation, id) index
    else:
        # The newest page by seq, the same order (ids rise with seq in a conversation): ordered by
        # id, PostgreSQL may walk the primary key backwards through every newer message of every
        # other conversation, which for a quiet conversation is most of the table.
        rows = list(qs.order_by("-seq")[: limit + 1])
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
