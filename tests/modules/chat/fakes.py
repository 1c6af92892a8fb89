"""An in-memory message store with the Django repository's semantics (same contract suite)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError

from modules.chat.domain.messages import Draft, IdempotencyKey, MessageView
from modules.chat.repositories.messages import WriteLock
from modules.chat.repositories.ports import MessageStore


@dataclass
class _Conversation:
    members: set[int]
    closed: bool = False
    last_seq: int = 0
    last_message_id: int | None = None


@dataclass
class InMemoryMessageStore:
    conversations: dict[int, _Conversation] = field(default_factory=dict)
    messages: dict[int, MessageView] = field(default_factory=dict)
    _next_id: int = 0

    # --- setting the scene (what other repositories and modules do in the database) ---------
    def add_conversation(self, members: Iterable[int], *, closed: bool = False) -> int:
        cid = max(self.conversations, default=0) + 1
        self.conversations[cid] = _Conversation(members=set(members), closed=closed)
        return cid

    def atomic(self) -> AbstractContextManager[object]:
        return nullcontext()

    # --- MessageStore --------------------------------------------------------------------
    def lock_for_writing(self, drafts: Sequence[Draft]) -> WriteLock:
        known = {d.conversation_id for d in drafts} & set(self.conversations)
        wanted = {d.key for d in drafts}
        return WriteLock(
            last_seq={cid: self.conversations[cid].last_seq for cid in known},
            members={cid: tuple(sorted(self.conversations[cid].members)) for cid in known},
            existing={m.key: m for m in self.messages.values() if m.key in wanted},
            closed=frozenset(cid for cid in known if self.conversations[cid].closed),
        )

    def insert_numbered(
        self, drafts: Sequence[Draft], *, last_seq: Mapping[int, int], at: datetime
    ) -> list[MessageView]:
        if not drafts:
            return []
        by_conversation: dict[int, list[Draft]] = {}
        for d in drafts:
            by_conversation.setdefault(d.conversation_id, []).append(d)
        keys: set[IdempotencyKey] = {m.key for m in self.messages.values()}
        positions = {(m.conversation_id, m.seq) for m in self.messages.values()}
        new: list[MessageView] = []
        next_id = self._next_id
        for cid in sorted(by_conversation):
            if cid not in self.conversations:
                raise IntegrityError(f"conversation {cid} does not exist")  # the foreign key
            seq = last_seq[cid]
            for d in by_conversation[cid]:
                seq += 1
                next_id += 1
                if d.key in keys or (cid, seq) in positions:
                    # Unique constraints; the whole statement fails, nothing is stored.
                    raise IntegrityError(f"duplicate message {d.key} / seq {seq}")
                keys.add(d.key)
                positions.add((cid, seq))
                new.append(MessageView(next_id, cid, seq, d.sender_id, d.client_id, d.body, at))
        self._next_id = next_id
        for m in new:
            self.messages[m.id] = m
            conversation = self.conversations[m.conversation_id]
            conversation.last_seq, conversation.last_message_id = m.seq, m.id
        return new

    def _of(self, conversation_id: int) -> list[MessageView]:
        return sorted((m for m in self.messages.values() if m.conversation_id == conversation_id), key=lambda m: m.id)

    def page(
        self, conversation_id: int, *, before: int | None = None, after: int | None = None, limit: int
    ) -> tuple[list[MessageView], bool]:
        rows = self._of(conversation_id)
        if after is not None:
            newer = [m for m in rows if m.id > after]
            return newer[:limit], len(newer) > limit
        if before is not None:
            rows = [m for m in rows if m.id < before]
        return rows[-limit:] if limit else [], len(rows) > limit

    def seqs_at(self, cursors: Mapping[int, int]) -> dict[int, int]:
        return {
            cid: max((m.seq for m in self._of(cid) if m.id <= cursor), default=0) for cid, cursor in cursors.items()
        }

    def last_seqs(self, conversation_ids: Iterable[int]) -> dict[int, int]:
        return {cid: self.conversations[cid].last_seq for cid in set(conversation_ids) if cid in self.conversations}

    def seq_range(
        self, conversation_id: int, *, after_seq: int, before_seq: int | None = None, limit: int | None = None
    ) -> list[MessageView]:
        rows = sorted(
            (m for m in self._of(conversation_id) if m.seq > after_seq and (before_seq is None or m.seq < before_seq)),
            key=lambda m: m.seq,
        )
        return rows[:limit] if limit else rows

    def get_message(self, message_id: int) -> MessageView | None:
        return self.messages.get(message_id)

    def around(self, message: MessageView, *, context: int) -> list[MessageView]:
        rows = sorted(self._of(message.conversation_id), key=lambda m: m.seq)
        older = [m for m in rows if m.seq < message.seq][-context:] if context else []
        newer = [m for m in rows if m.seq > message.seq][:context]
        return [*older, message, *newer]


# Checked by type checkers and at import: the fake must keep up with the Protocol.
_: type[MessageStore] = InMemoryMessageStore
