"""The chat socket through the real ASGI application (Channels' WebsocketCommunicator)."""

from __future__ import annotations

import pytest

from modules.chat.models import Message
from tests.modules.chat.factories import Socket, access_token, pair

pytestmark = [pytest.mark.anyio, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def people():
    user, friend, conversation = pair()
    return {"user": access_token(user), "friend": access_token(friend), "conversation": conversation, "ids": (user.pk, friend.pk)}


async def test_message_is_acked_and_delivered(people):
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send({"type": "send", "conversation_id": people["conversation"], "client_id": "c1", "body": "hello"})
    ack = await a.expect("ack")
    got = await b.expect("message")
    assert ack["message"]["id"] == got["message"]["id"]
    assert got["message"]["body"] == "hello"
    assert got["message"]["sender_id"] == people["ids"][0]
    await a.close()
    await b.close()
