"""Presence in this process's memory: right for one process (dev, tests), blind across processes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from core.ports.presence import PRESENCE_TTL_SECONDS, Presence, combined


class InMemoryPresenceStore:
    def __init__(self, *, ttl_seconds: float = PRESENCE_TTL_SECONDS, now: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl_seconds
        self._now = now
        self._lock = threading.Lock()
        self._connections: dict[int, dict[str, tuple[Presence, float]]] = {}

    def touch(self, *, user_id: int, connection_id: str, state: Presence) -> None:
        with self._lock:
            self._connections.setdefault(user_id, {})[connection_id] = (state, self._now() + self._ttl)

    def drop(self, *, user_id: int, connection_id: str) -> None:
        with self._lock:
            self._connections.get(user_id, {}).pop(connection_id, None)

    def presence_of(self, user_ids: Iterable[int]) -> dict[int, Presence]:
        now = self._now()
        with self._lock:
            return {
                uid: combined(s for s, expires in self._connections.get(uid, {}).values() if expires > now)
                for uid in user_ids
            }
