"""Group commit for socket messages: a few writer lanes per process (per event loop).

Sockets hand their drafts to the writer and await the outcome. While one batch is in the
database, the next accumulates, so under load many messages share one transaction (one
lock round, one INSERT) and nobody waits for a timer when idle. Fan-out runs after commit,
in batch order, without holding up the next write.

On PostgreSQL each of the `CHAT_WRITERS` lanes has its own thread and hence its own
database connection: writes never queue behind the sockets' other database work (connect,
resume, gap repair) on asgiref's shared thread, and with several lanes one lane's
transaction overlaps another's round trips. A conversation always goes to the same lane, so
within a process its messages are committed and fanned out in order; across processes the
row lock numbers them and sockets repair a seq gap. SQLite has one writer at a time anyway:
one lane on the shared thread. The offline-push check (a presence lookup, maybe an outbox
write) runs after commit on the shared thread, not in the lane.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.db import connection, connections

from core.errors import ServiceUnavailable
from modules.chat.domain.messages import Draft
from modules.chat.realtime import Delivery, publish
from modules.chat.services.messages import SendOutcome, messages_send_batch

logger = logging.getLogger(__name__)

MAX_BATCH = 200

Pending = tuple[Draft, str, asyncio.Future[SendOutcome]]


def _run_jobs(jobs: list[Callable[[], None]]) -> None:
    for job in jobs:
        job()


class _Lane:
    def __init__(self, loop: asyncio.AbstractEventLoop, executor: ThreadPoolExecutor | None) -> None:
        self.executor = executor
        if executor is None:
            self._store = database_sync_to_async(messages_send_batch)
        else:
            self._store = database_sync_to_async(messages_send_batch, thread_sensitive=False, executor=executor)
        self.pending: list[Pending] = []
        self.wake = asyncio.Event()
        self._publishing: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[Any]] = set()
        self._task = loop.create_task(self._run())

    def close(self) -> None:
        if not self._task.done() and not self._task.get_loop().is_closed():
            self._task.cancel()
        if self.executor is not None:
            # The lane's thread owns a database connection: close it there, then end the thread.
            self.executor.submit(connections.close_all).result()
            self.executor.shutdown(wait=True)

    async def _run(self) -> None:
        while True:
            await self.wake.wait()
            self.wake.clear()
            while self.pending:
                batch = self.pending[:MAX_BATCH]
                del self.pending[:MAX_BATCH]
                await self._write(batch)

    async def _write(self, batch: list[Pending]) -> None:
        deliveries: list[Delivery] = []
        pushes: list[Callable[[], None]] = []
        try:
            outcomes = await self._store(
                drafts=[d for d, _, _ in batch],
                origins=[o for _, o, _ in batch],
                deliver=deliveries.extend,
                push=pushes.append,
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
        loop = asyncio.get_running_loop()
        self._publishing = loop.create_task(self._publish_after(self._publishing, deliveries))
        if pushes:
            self._keep(loop.create_task(database_sync_to_async(_run_jobs)(pushes)))

    def _keep(self, task: asyncio.Task[Any]) -> None:
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    @staticmethod
    async def _publish_after(previous: asyncio.Task[None] | None, deliveries: list[Delivery]) -> None:
        # Batches are fanned out in the order they were committed.
        if previous is not None:
            await asyncio.wait([previous])
        await publish(deliveries)


class MessageWriter:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        dedicated = connection.vendor != "sqlite"
        count = max(1, settings.CHAT_WRITERS) if dedicated else 1
        self._lanes = [
            _Lane(loop, ThreadPoolExecutor(1, thread_name_prefix="chat-writer") if dedicated else None)
            for _ in range(count)
        ]

    async def submit(self, draft: Draft, *, origin: str) -> SendOutcome:
        future: asyncio.Future[SendOutcome] = asyncio.get_running_loop().create_future()
        lane = self._lanes[draft.conversation_id % len(self._lanes)]
        lane.pending.append((draft, origin, future))
        lane.wake.set()
        return await future

    def close(self) -> None:
        for lane in self._lanes:
            lane.close()


_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, MessageWriter] = weakref.WeakKeyDictionary()


def writer() -> MessageWriter:
    loop = asyncio.get_running_loop()
    found = _writers.get(loop)
    if found is None:
        found = _writers[loop] = MessageWriter(loop)
    return found


def close_writers() -> None:
    """End every writer's lanes and close their database connections (tests, shutdown)."""
    while _writers:
        _, found = _writers.popitem()
        found.close()
