"""A database and a client for driving `Sequencer` without Django or a socket."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from datetime import UTC, datetime

from modules.chat.domain import events
from modules.chat.domain.messages import MessageView
from modules.chat.domain.sequencing import Live, Sequencer

ME = 1
OTHER = 2
AT = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


class Store:
    """Committed messages per conversation, numbered 1, 2, 3... as the database numbers them."""

    def __init__(self, *, yield_on_read: bool = False) -> None:
        self.rows: dict[int, list[MessageView]] = defaultdict(list)
        self.members: dict[int, set[int]] = defaultdict(lambda: {ME, OTHER})
        self.reads: list[tuple[int, int, int | None, int]] = []
        self.yield_on_read = yield_on_read
        self._ids = 0

    def commit(self, conversation_id: int, *, sender_id: int = OTHER, client_id: str | None = None) -> MessageView:
        self._ids += 1
        seq = len(self.rows[conversation_id]) + 1
        m = MessageView(
            id=self._ids,
            conversation_id=conversation_id,
            seq=seq,
            sender_id=sender_id,
            client_id=client_id or f"c{self._ids}",
            body=f"message {self._ids}",
            created_at=AT,
        )
        self.rows[conversation_id].append(m)
        return m

    def last_seq(self, conversation_id: int) -> int:
        return len(self.rows[conversation_id])

    async def read(
        self, conversation_id: int, *, after_seq: int, before_seq: int | None, limit: int
    ) -> list[MessageView]:
        if self.yield_on_read:
            await asyncio.sleep(0)  # another coroutine may run (and commit) meanwhile
        self.reads.append((conversation_id, after_seq, before_seq, limit))
        if ME not in self.members[conversation_id]:
            return []
        return [
            m for m in self.rows[conversation_id] if m.seq > after_seq and (before_seq is None or m.seq < before_seq)
        ][:limit]


def live(m: MessageView, *, ours: bool = False) -> Live:
    return Live(conversation_id=m.conversation_id, seq=m.seq, text=events.message_event(m), ours=ours)


class Client:
    """The frames the socket wrote, decoded."""

    def __init__(self) -> None:
        self.frames: list[dict] = []

    async def emit(self, text: str) -> None:
        self.frames.append(json.loads(text))

    def messages(self, conversation_id: int) -> list[int]:
        """Seqs of the conversation received as `message` events, in arrival order."""
        return [
            f["message"]["seq"]
            for f in self.frames
            if f["type"] == "message" and f["message"]["conversation_id"] == conversation_id
        ]

    def acks(self, conversation_id: int) -> list[int]:
        return [
            f["message"]["seq"]
            for f in self.frames
            if f["type"] == "ack" and f["message"]["conversation_id"] == conversation_id and not f["duplicate"]
        ]


def sequencer(store: Store, client: Client, **kw) -> Sequencer:
    return Sequencer(user_id=ME, history=store.read, emit=client.emit, **kw)


def baselines(mapping: dict[int, int]):
    async def read() -> dict[int, int]:
        return dict(mapping)

    return read
