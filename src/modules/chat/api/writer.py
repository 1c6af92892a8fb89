"""Group commit for socket messages: one writer per process (per event loop).

Sockets hand their drafts to the writer and await the outcome. While one batch is in the
database, the next accumulates, so under load many messages share one transaction (one
membership query, one lock round, one INSERT) and nobody waits for a timer when idle.
Fan-out runs after commit, in batch order, without holding up the next write.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

from channels.db import database_sync_to_async

from core.errors import ServiceUnavailable
from modules.chat.domain.messages import Draft
from modules.chat.realtime import Delivery, publish
from modules.chat.services.messages import SendOutcome, messages_send_batch

logger = logging.getLogger(__name__)

MAX_BATCH = 200


class MessageWriter:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._pending: list[tuple[Draft, str, asyncio.Future[SendOutcome]]] = []
        self._wake = asyncio.Event()
        self._publishing: asyncio.Task[None] | None = None
        self._task = loop.create_task(self._run())

    async def submit(self, draft: Draft, *, origin: str) -> SendOutcome:
        future: asyncio.Future[SendOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append((draft, origin, future))
        self._wake.set()
        return await future

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                batch = self._pending[:MAX_BATCH]
                del self._pending[:MAX_BATCH]
                await self._write(batch)

    async def _write(self, batch: list[tuple[Draft, str, asyncio.Future[SendOutcome]]]) -> None:
        deliveries: list[Delivery] = []
        try:
            outcomes = await database_sync_to_async(messages_send_batch)(
                drafts=[d for d, _, _ in batch], origins=[o for _, o, _ in batch], deliver=deliveries.extend
            )
        except Exception:
            logger.exception("chat: storing a batch of %d messages failed", len(batch))
            for _, _, future in batch:
                if not future.done():
                    future.set_exception(ServiceUnavailable("The message was not stored; send it again."))
            return
        for (_, _, future), outcome in zip(batch, outcomes, strict=True):
            if not future.done():
                future.set_result(outcome)
        self._publishing = asyncio.get_running_loop().create_task(self._publish_after(self._publishing, deliveries))

    @staticmethod
    async def _publish_after(previous: asyncio.Task[None] | None, deliveries: list[Delivery]) -> None:
        # Batches are fanned out in the order they were committed.
        if previous is not None:
            await asyncio.wait([previous])
        await publish(deliveries)


_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, MessageWriter] = weakref.WeakKeyDictionary()


def writer() -> MessageWriter:
    loop = asyncio.get_running_loop()
    found = _writers.get(loop)
    if found is None:
        found = _writers[loop] = MessageWriter(loop)
    return found
