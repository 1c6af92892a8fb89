"""One contract, two presence stores: in memory, and Redis (when configured)."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings

from adapters.presence.memory import InMemoryPresenceStore
from adapters.presence.redis_store import RedisPresenceStore
from core.ports.presence import Presence


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "redis"])
def store_and_clock(request):
    clock = Clock()
    if request.param == "memory":
        return InMemoryPresenceStore(ttl_seconds=90, now=clock), clock
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")
    return RedisPresenceStore(settings.REDIS_URL, prefix=f"test-presence-{uuid.uuid4().hex}:", now=clock), clock


def test_devices_combine_and_expire(store_and_clock):
    store, clock = store_and_clock
    assert store.presence_of([1, 2]) == {1: Presence.OFFLINE, 2: Presence.OFFLINE}
    store.touch(user_id=1, connection_id="phone", state=Presence.IDLE)
    assert store.presence_of([1])[1] == Presence.IDLE
    store.touch(user_id=1, connection_id="laptop", state=Presence.ONLINE)
    assert store.presence_of([1])[1] == Presence.ONLINE
    store.drop(user_id=1, connection_id="laptop")
    assert store.presence_of([1])[1] == Presence.IDLE
    # A connection whose process died stops counting once it is not refreshed.
    clock.now += 91
    assert store.presence_of([1])[1] == Presence.OFFLINE
