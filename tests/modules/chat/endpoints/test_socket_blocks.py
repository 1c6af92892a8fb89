"""A block closes the conversation on open sockets too: both sockets are told at once
(`conversation.closed`), `send` answers an error event, and typing, read receipts and presence
stop between the two, also where they still share a group conversation."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from core.identity import Actor, Role
from modules.chat.api import consumer
from modules.chat.models import Message
from modules.chat.public import conversation_ensure_group
from modules.matching.services import matching as matching_services
from tests.modules.accounts.factories import UserFactory
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


@pytest.fixture
def typing_unthrottled(monkeypatch):
    # Every typing frame is forwarded, so "nothing arrived" means refused, not throttled.
    monkeypatch.setattr(consumer, "TYPING_EVERY", 0.0)


async def test_both_sockets_learn_at_once_that_the_conversation_closed_and_reopened():
    user, friend, conversation = await database_sync_to_async(pair)()
    a = await Socket.open(access_token(user), resume={})
    b = await Socket.open(access_token(friend), resume={})

    await _block(friend.pk, Role.FRIEND, user.pk)
    # Neither had to send anything to find out.
    for socket, other in ((a, friend), (b, user)):
        closed = await socket.expect("conversation.closed")
        assert closed == {"type": "conversation.closed", "conversation_id": conversation, "reason": "blocked"}
        # The other person's indicator clears at once: hidden people look offline.
        assert (await socket.expect("presence"))["users"] == {str(other.pk): "offline"}

    await _block(friend.pk, Role.FRIEND, user.pk, lift=True)
    for socket in (a, b):
        reopened = await socket.expect("conversation.reopened")
        assert reopened == {"type": "conversation.reopened", "conversation_id": conversation}
    await a.close()
    await b.close()


async def test_after_a_block_typing_receipts_and_presence_stop_between_the_pair(typing_unthrottled):
    user, friend, conversation = await database_sync_to_async(pair)()
    a = await Socket.open(access_token(user), resume={})
    b = await Socket.open(access_token(friend), resume={})
    await a.send(_send(conversation, "m1", "before"))
    await a.expect("ack")
    message_id = (await b.expect("message"))["message"]["id"]
    await a.send({"type": "typing", "conversation_id": conversation})
    assert (await b.expect("typing"))["user_id"] == user.pk  # delivered before the block

    await _block(user.pk, Role.USER, friend.pk)
    await a.expect("conversation.closed")
    await b.expect("conversation.closed")
    for socket in (a, b):
        await socket.expect("presence")  # the other one, offline
    await a.send({"type": "typing", "conversation_id": conversation})
    await b.send({"type": "typing", "conversation_id": conversation})
    # The reader's own devices still learn the read marker moved; the other side does not.
    await b.send({"type": "read", "conversation_id": conversation, "message_id": message_id})
    assert (await b.expect("read"))["user_id"] == friend.pk
    await b.send({"type": "presence", "state": "idle"})
    assert await a.silent("typing", timeout=0.5)
    assert await a.silent("read", timeout=0.1)
    assert await a.silent("presence", timeout=0.1)
    assert await b.silent("typing", timeout=0.1)
    await a.close()
    assert await b.silent("presence", timeout=0.3)  # nor does the blocker going offline show
    await b.close()


async def test_a_shared_group_does_not_leak_typing_receipts_or_presence_between_blocked_people(
    typing_unthrottled,
):
    user, friend, _ = await database_sync_to_async(pair)()
    third = await database_sync_to_async(UserFactory)()
    group = await database_sync_to_async(conversation_ensure_group)(
        key="event:1", member_ids=[user.pk, friend.pk, third.pk]
    )
    await _block(friend.pk, Role.FRIEND, user.pk)
    a = await Socket.open(access_token(user), resume={})
    c = await Socket.open(access_token(third), resume={})
    assert (await a.expect("presence"))["users"] == {str(third.pk): "online"}
    b = await Socket.open(access_token(friend), resume={})
    # The friend comes online: the third member sees it, the user they blocked does not.
    assert (await c.expect("presence"))["users"] == {str(friend.pk): "online"}
    assert await a.silent("presence")
    # Messages in the group still reach everyone; typing and receipts skip the blocked pair.
    await c.send(_send(group, "g1", "hello all"))
    await c.expect("ack")
    message_id = (await b.expect("message"))["message"]["id"]
    await a.expect("message")
    await b.send({"type": "typing", "conversation_id": group})
    assert (await c.expect("typing"))["user_id"] == friend.pk
    await b.send({"type": "read", "conversation_id": group, "message_id": message_id})
    assert (await c.expect("read"))["user_id"] == friend.pk
    await a.send({"type": "typing", "conversation_id": group})
    assert (await c.expect("typing"))["user_id"] == user.pk
    assert await a.silent("typing", timeout=0.3)
    assert await a.silent("read", timeout=0.1)
    assert await b.silent("typing", timeout=0.1)
    # A new socket's presence snapshot leaves the blocked person out too.
    again = await Socket.open(access_token(user))
    await again.expect("ready")
    snapshot = await again.expect("presence")
    assert str(friend.pk) not in snapshot["users"]
    assert snapshot["users"][str(third.pk)] == "online"
    for socket in (again, a, b, c):
        await socket.close()
