"""The pipelined pub/sub layer against a real Redis: many group sends, each reaching its group once."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from django.conf import settings

from adapters.channel_layers.redis_pubsub import PipelinedRedisPubSubChannelLayer

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def layer():
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")
    layer = PipelinedRedisPubSubChannelLayer(hosts=[settings.REDIS_URL], prefix=f"test-{uuid.uuid4().hex}")
    yield layer
    await layer.flush()


async def test_group_send_many_reaches_every_member_of_each_group_in_order(layer):
    alice, bob, bystander = await layer.new_channel(), await layer.new_channel(), await layer.new_channel()
    await layer.group_add("g.alice", alice)
    await layer.group_add("g.bob", bob)
    await layer.group_add("g.both", alice)
    await layer.group_add("g.both", bob)
    await layer.group_send_many(
        [
            ("g.alice", {"type": "t", "n": 1}),
            ("g.both", {"type": "t", "n": 2}),
            ("g.bob", {"type": "t", "n": 3}),
            ("g.alice", {"type": "t", "n": 4}),
        ]
    )

    async def drain(channel: str, count: int) -> list[int]:
        return [(await asyncio.wait_for(layer.receive(channel), 2))["n"] for _ in range(count)]

    assert await drain(alice, 3) == [1, 2, 4]
    assert await drain(bob, 2) == [2, 3]
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(layer.receive(bystander), 0.3)
