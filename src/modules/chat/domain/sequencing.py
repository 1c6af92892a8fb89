"""Per-socket message sequencing: each message reaches the client once, in seq order.

Each conversation numbers its messages 1, 2, 3... in commit order (under a lock on the
conversation row), so everything below a committed seq is committed too. A socket learns of
messages three ways: live from the channel layer (which may duplicate, reorder or lose
them), from the database (resume and gap repair), and as acks of what its own client sent.
`Sequencer` holds what the client has been given per conversation and decides, for each
arrival, whether to drop it, hold it, send it, or first read what is missing; the chat
consumer only does the I/O around it (docs/chat.md, "Guarantees").

Pure: no Django, no channels. Reading the database and writing to the socket are the two
ports (`History`, `Emit`) the caller passes in. Every public coroutine runs under one lock,
so what the socket writes for one arrival never interleaves with another's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from modules.chat.domain import events
from modules.chat.domain.messages import MessageView

# Live message events held while the client has not sent `resume` yet; beyond this they are
# dropped and recovered from the database when it does.
MAX_HELD = 1000
# Messages read from the database per round trip (resume, repair).
PAGE = 500


class History(Protocol):
    """The conversation's stored messages by position, oldest first (the database)."""

    async def __call__(
        self, conversation_id: int, *, after_seq: int, before_seq: int | None, limit: int
    ) -> Sequence[MessageView]: ...


# Writes one text frame to the client.
Emit = Callable[[str], Awaitable[None]]


@dataclass(frozen=True)
class Live:
    """A message event from the channel layer: its position and its encoded frame."""

    conversation_id: int
    seq: int
    text: str
    # Sent through this very socket: the client gets the ack instead.
    ours: bool = False


@dataclass
class _Position:
    # The client has every message of the conversation up to here (from the baseline on).
    last: int
    # Seqs beyond `last` the client already has through acks of its own messages.
    acked: set[int] = field(default_factory=set)

    def advance(self, seq: int) -> None:
        if seq > self.last:
            self.last = seq
        if self.acked:
            while self.last + 1 in self.acked:
                self.last += 1
            self.acked = {s for s in self.acked if s > self.last}


class Sequencer:
    def __init__(
        self, *, user_id: int, history: History, emit: Emit, max_held: int = MAX_HELD, page: int = PAGE
    ) -> None:
        self.user_id = user_id
        self._history = history
        self._emit = emit
        self._max_held = max_held
        self._page = page
        self._lock = asyncio.Lock()
        self._positions: dict[int, _Position] = {}
        # Acks that came before `resume` (no position yet): conversation -> seqs.
        self._acked_early: dict[int, set[int]] = {}
        # (conversation, client id) sent on this socket and not acked yet.
        self._in_flight: set[tuple[int, str]] = set()
        self._held: list[Live] = []
        self._overflow = False
        self.resumed = False

    # --- what the client has ------------------------------------------------------------
    def position(self, conversation_id: int) -> int | None:
        """The last seq the client has of this conversation without a hole (None: unknown)."""
        position = self._positions.get(conversation_id)
        return None if position is None else position.last

    # --- the client's own messages ------------------------------------------------------
    def sending(self, conversation_id: int, client_id: str) -> None:
        """The client sent this; when stored it comes back as an ack, never as a message."""
        self._in_flight.add((conversation_id, client_id))

    def send_failed(self, conversation_id: int, client_id: str) -> None:
        self._in_flight.discard((conversation_id, client_id))

    async def acked(self, message: MessageView, *, duplicate: bool) -> bool:
        """Write the ack of a stored message of ours. True when it lies beyond a gap: the
        caller should call `repair_if_behind` a little later, unless the missing messages
        arrive live meanwhile (someone else's message committed just before ours is normally
        still on its way through the layer)."""
        async with self._lock:
            # Under the lock: a repair running now must not send it as a `message` as well.
            self._in_flight.discard((message.conversation_id, message.client_id))
            await self._emit(events.ack_event(message, duplicate=duplicate))
            if duplicate:
                # Stored before: on this socket it was already given (or is below the
                # baseline); a resend's ack is not a new delivery.
                return False
            cid, seq = message.conversation_id, message.seq
            position = self._positions.get(cid)
            if position is None:
                if not self.resumed:
                    # Resume must not replay it: the client has it.
                    self._acked_early.setdefault(cid, set()).add(seq)
                return False
            if seq <= position.last:
                return False
            if seq == position.last + 1:
                position.advance(seq)
                return False
            position.acked.add(seq)
            return True

    async def repair_if_behind(self, conversation_id: int, seq: int) -> None:
        """Read from the database whatever still lies before `seq` (inclusive)."""
        async with self._lock:
            position = self._positions.get(conversation_id)
            if position is not None and position.last < seq:
                await self._repair(conversation_id, seq + 1)

    # --- live events ----------------------------------------------------------------------
    async def live(self, item: Live) -> None:
        if item.ours:
            return
        if not self.resumed:
            if len(self._held) < self._max_held:
                self._held.append(item)
            else:
                self._overflow = True
            return
        async with self._lock:
            await self._deliver_live(item)

    # --- resume ---------------------------------------------------------------------------
    async def resume(self, baselines: Callable[[], Awaitable[Mapping[int, int]]], replay: Iterable[int] = ()) -> int:
        """Start (or restart) from `baselines` (conversation -> seq the client has), read
        under the lock; replay from the database what lies beyond them in the `replay`
        conversations; then release the held live events. Returns how many messages were
        read from the database and sent."""
        async with self._lock:
            start = await baselines()
            for cid, seq in start.items():
                position = self._positions.get(cid)
                if position is None:
                    # Anything already given on this socket stays given.
                    position = self._positions[cid] = _Position(seq, self._acked_early.pop(cid, set()))
                position.advance(seq)
            self._acked_early.clear()
            sent = 0
            for cid in replay:
                if cid in start:
                    sent += await self._catch_up(cid)
            held, self._held = self._held, []
            self.resumed = True
            for item in held:
                await self._deliver_live(item)
            if self._overflow:
                self._overflow = False
                for cid in list(self._positions):
                    sent += await self._catch_up(cid)
            return sent

    # --- under the lock -------------------------------------------------------------------
    async def _deliver_live(self, item: Live) -> None:
        position = self._positions.get(item.conversation_id)
        if position is None:
            # A conversation that began after `resume`: its first event sets the baseline.
            self._positions[item.conversation_id] = _Position(item.seq)
            await self._emit(item.text)
            return
        if item.seq <= position.last or item.seq in position.acked:
            return  # a duplicate
        await self._repair(item.conversation_id, item.seq)
        await self._emit(item.text)
        position.advance(item.seq)

    async def _repair(self, conversation_id: int, before_seq: int) -> None:
        """Send what the layer lost between the last delivered seq and `before_seq`."""
        position = self._positions[conversation_id]
        while before_seq > position.last + 1:
            missing = await self._history(
                conversation_id, after_seq=position.last, before_seq=before_seq, limit=self._page
            )
            before = position.last
            for m in missing:
                await self._send_stored(position, m)
            if position.last == before:
                break  # nothing (more) to read: no longer a member

    async def _catch_up(self, conversation_id: int) -> int:
        position = self._positions[conversation_id]
        sent = 0
        while True:
            before = position.last
            page = await self._history(conversation_id, after_seq=position.last, before_seq=None, limit=self._page)
            for m in page:
                sent += await self._send_stored(position, m)
            if len(page) < self._page or position.last == before:
                return sent

    async def _send_stored(self, position: _Position, m: MessageView) -> int:
        if m.seq <= position.last:
            return 0
        # Reads start at `last`, and acked seqs right after it were folded into it (advance),
        # so this is not one we acked; but it may be ours still waiting for its ack.
        position.advance(m.seq)
        if m.sender_id == self.user_id and (m.conversation_id, m.client_id) in self._in_flight:
            return 0  # the ack carries it
        await self._emit(events.message_event(m))
        return 1
