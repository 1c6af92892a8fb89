"""Presence in Redis, shared by every process: one hash per user, one field per connection.

Each field holds "<state>:<expiry epoch seconds>"; a connection that stops refreshing (its
process died) stops counting at its expiry even though nobody deleted it, and the whole
hash expires when no connection refreshes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import redis

from core.ports.presence import PRESENCE_TTL_SECONDS, Presence, combined


class RedisPresenceStore:
    def __init__(
        self,
        url: str,
        *,
        prefix: str = "hl:presence:",
        ttl_seconds: int = PRESENCE_TTL_SECONDS,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1, decode_responses=True)
        self._prefix = prefix
        self._ttl = ttl_seconds
        self._now = now

    def _key(self, user_id: int) -> str:
        return f"{self._prefix}{user_id}"

    def touch(self, *, user_id: int, connection_id: str, state: Presence) -> None:
        key = self._key(user_id)
        pipe = self._redis.pipeline()
        pipe.hset(key, connection_id, f"{state.value}:{self._now() + self._ttl:.0f}")
        pipe.expire(key, self._ttl)
        pipe.execute()

    def drop(self, *, user_id: int, connection_id: str) -> None:
        self._redis.hdel(self._key(user_id), connection_id)

    def presence_of(self, user_ids: Iterable[int]) -> dict[int, Presence]:
        ids = list(user_ids)
        if not ids:
            return {}
        pipe = self._redis.pipeline()
        for uid in ids:
            pipe.hgetall(self._key(uid))
        now = self._now()
        out = {}
        for uid, fields in zip(ids, pipe.execute(), strict=True):
            states = []
            for value in fields.values():
                state, _, expires = value.rpartition(":")
                if float(expires or 0) > now:
                    states.append(Presence(state))
            out[uid] = combined(states)
        return out
