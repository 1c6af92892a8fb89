"""A block closes the conversation on open sockets too: `send` answers an error event."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from core.identity import Actor, Role
from modules.chat.models import Message
from modules.matching.services import matching as matching_services
from tests.modules.chat.factories import Socket, access_token, pair

pytestmark = [pytest.mark.anyio, pytest.mark.django_db(transaction=True)]


def _send(conversation: int, client_id: str, body: str = "hi") -> dict:
    return {"type": "send", "conversation_id": conversation, "client_id": client_id, "body": body}


@database_sync_to_async
def _block(blocker_id: int, role: Role, blocked_id: int, *, lift: bool = False) -> None:
    actor = Actor(user_id=blocker_id, role=role)
    deps = matching_services.default_deps()
    if lift:
        matching_services.block_delete(actor=actor, user_id=blocked_id, deps=deps)
    else:
        matching_services.block_create(actor=actor, user_id=blocked_id, deps=deps)


@database_sync_to_async
def _bodies(conversation: int) -> list[str]:
    return list(Message.objects.filter(conversation_id=conversation).order_by("id").values_list("body", flat=True))


async def test_after_a_block_neither_socket_can_send_and_unblocking_restores_it():
    user, friend, conversation = await database_sync_to_async(pair)()
    a = await Socket.open(access_token(user), resume={})
    b = await Socket.open(access_token(friend), resume={})
    await a.send(_send(conversation, "c1", "before"))
    await a.expect("ack")
    await b.expect("message")

    await _block(friend.pk, Role.FRIEND, user.pk)
    for socket, client_id in ((a, "c2"), (b, "c3")):
        await socket.send({**_send(conversation, client_id, "after"), "ref": client_id})
        error = await socket.expect("error")
        assert (error["code"], error["ref"]) == ("blocked", client_id)
    assert await a.silent("message")
    assert await b.silent("message")
    assert await _bodies(conversation) == ["before"]

    await _block(friend.pk, Role.FRIEND, user.pk, lift=True)
    await b.send(_send(conversation, "c4", "again"))
    await b.expect("ack")
    assert (await a.expect("message"))["message"]["body"] == "again"
    assert await _bodies(conversation) == ["before", "again"]
    await a.close()
    await b.close()
