"""The chat socket through the real ASGI application (Channels' WebsocketCommunicator)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from ninja_jwt.tokens import AccessToken, RefreshToken

from modules.chat.models import Message
from modules.chat.public import conversation_ensure_group
from modules.chat.services import messages as message_services
from modules.chat.services.tickets import ticket_issue
from tests.modules.accounts.factories import UserFactory
from tests.modules.chat.factories import Socket, access_token, pair

pytestmark = [pytest.mark.anyio, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people():
    user, friend, conversation = pair()
    stranger = UserFactory()
    return {
        "user": access_token(user),
        "friend": access_token(friend),
        "stranger": access_token(stranger),
        "conversation": conversation,
        "user_id": user.pk,
        "friend_id": friend.pk,
        "stranger_id": stranger.pk,
    }


def _send(conversation: int, client_id: str, body: str = "hi", **extra) -> dict:
    return {"type": "send", "conversation_id": conversation, "client_id": client_id, "body": body, **extra}


async def _stored(**filters) -> list[Message]:
    return await database_sync_to_async(lambda: list(Message.objects.filter(**filters).order_by("id")))()


async def _eventually(check, timeout: float = 5.0):
    """Work that runs after the ack (a writer lane's commit seen from another connection,
    the offline push) is awaited here instead of assumed done."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not (result := await check()) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
    return result


async def _settled(read, quiet: float = 0.5, timeout: float = 10.0):
    """What `read()` returns once it is non-empty and unchanged for `quiet` seconds: the
    writer may still be storing the last accepted messages of a burst when the first shows."""
    deadline = asyncio.get_running_loop().time() + timeout
    last = await _eventually(read, timeout)
    while asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(quiet)
        now = await read()
        if now == last:
            return now
        last = now
    return last


async def test_message_is_stored_acked_and_delivered(people):
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send(_send(people["conversation"], "c1", "hello"))
    ack = await a.expect("ack")
    got = await b.expect("message")
    assert ack["message"]["id"] == got["message"]["id"]
    assert ack["duplicate"] is False
    assert got["message"]["body"] == "hello"
    assert got["message"]["sender_id"] == people["user_id"]
    assert got["message"]["seq"] == 1
    [row] = await _stored(conversation_id=people["conversation"])
    assert row.id == ack["message"]["id"]
    # The sender's own socket gets the ack, not a second copy.
    assert await a.silent("message")
    await a.close()
    await b.close()


async def test_resent_client_id_is_stored_once_and_acked_with_the_original_id(people):
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send(_send(people["conversation"], "same", "first"))
    first = await a.expect("ack")
    await a.send(_send(people["conversation"], "same", "first"))
    again = await a.expect("ack")
    assert again["duplicate"] is True
    assert again["message"]["id"] == first["message"]["id"]
    assert len(await _stored(conversation_id=people["conversation"])) == 1
    assert (await b.expect("message"))["message"]["id"] == first["message"]["id"]
    assert await b.silent("message")
    await a.close()
    await b.close()


async def test_a_client_id_used_in_another_conversation_is_stored_and_delivered_there(people):
    # The same sender reuses a client id in a second conversation: it is a new message there,
    # never an ack of the first conversation's message with nothing stored.
    second = await database_sync_to_async(conversation_ensure_group)(
        key="club", member_ids=[people["user_id"], people["stranger_id"]]
    )
    a = await Socket.open(people["user"], resume={})
    club = await Socket.open(people["stranger"], resume={})
    await a.send(_send(people["conversation"], "reused", "to the friend"))
    first = await a.expect("ack")
    await a.send(_send(second, "reused", "to the club"))
    ack = await a.expect("ack")
    assert ack["duplicate"] is False
    assert (ack["message"]["conversation_id"], ack["message"]["body"]) == (second, "to the club")
    assert ack["message"]["id"] != first["message"]["id"]
    got = await club.expect("message")
    assert got["message"]["id"] == ack["message"]["id"]
    [row] = await _stored(conversation_id=second)
    assert (row.client_id, row.body) == ("reused", "to the club")
    await a.close()
    await club.close()


async def test_forged_sender_is_ignored(people):
    a = await Socket.open(people["user"], resume={})
    await a.send(_send(people["conversation"], "forged", sender_id=people["friend_id"], user_id=people["friend_id"]))
    ack = await a.expect("ack")
    assert ack["message"]["sender_id"] == people["user_id"]
    [row] = await _stored(client_id="forged")
    assert row.sender_id == people["user_id"]
    await a.close()


async def test_no_cross_conversation_delivery(people):
    _, _, other_conversation = await database_sync_to_async(pair)()
    outsider = await Socket.open(people["stranger"], resume={})
    b = await Socket.open(people["friend"], resume={})
    a = await Socket.open(people["user"], resume={})
    await a.send(_send(people["conversation"], "private"))
    await b.expect("message")
    assert await outsider.silent("message")
    # Writing into someone else's conversation: refused like a missing one, nothing stored.
    await outsider.send(_send(other_conversation, "intrude"))
    error = await outsider.expect("error")
    assert error["code"] == "not_found"
    assert error["ref"] == "intrude"
    assert await _stored(client_id="intrude") == []
    # Resuming a conversation one is not in yields nothing.
    await outsider.send({"type": "resume", "cursors": {str(people["conversation"]): 0}})
    resumed = await outsider.expect("resumed")
    assert resumed["sent"] == 0
    for s in (outsider, a, b):
        await s.close()


async def test_resume_delivers_every_missed_message_once_in_order(people):
    a = await Socket.open(people["user"], resume={})
    await a.send(_send(people["conversation"], "m0", "seen"))
    seen = (await a.expect("ack"))["message"]["id"]
    for i in range(1, 6):
        await a.send(_send(people["conversation"], f"m{i}", f"missed {i}"))
        await a.expect("ack")
    b = await Socket.open(people["friend"], resume={people["conversation"]: seen})
    # The resume backlog arrived before "resumed"; read it from what b already received.
    await b.close()
    b = await Socket.open(people["friend"])
    await b.expect("ready")
    await b.send({"type": "resume", "cursors": {str(people["conversation"]): seen}})
    got = []
    while True:
        event = await b.receive()
        if event["type"] == "resumed":
            break
        if event["type"] == "message":
            got.append(event["message"]["body"])
    assert got == [f"missed {i}" for i in range(1, 6)]
    # Live traffic continues after the backlog, without repeats.
    await a.send(_send(people["conversation"], "m6", "live"))
    assert (await b.expect("message"))["message"]["body"] == "live"
    assert await b.silent("message")
    await a.close()
    await b.close()


async def test_messages_dropped_by_the_layer_are_repaired_in_order(people):
    """A message the channel layer lost is read from the database before the next one."""
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send(_send(people["conversation"], "x1", "one"))
    assert (await b.expect("message"))["message"]["body"] == "one"
    # Stored without any fan-out: as if the layer dropped it.
    await database_sync_to_async(message_services.messages_send_batch)(
        drafts=[
            message_services.Draft(
                sender_id=people["user_id"], conversation_id=people["conversation"], client_id="x2", body="two"
            )
        ],
        deliver=lambda deliveries: None,
    )
    await a.send(_send(people["conversation"], "x3", "three"))
    bodies = [(await b.expect("message"))["message"]["body"] for _ in range(2)]
    assert bodies == ["two", "three"]
    assert await b.silent("message")
    await a.close()
    await b.close()


async def test_typing_reaches_the_other_side_with_an_expiry_and_is_throttled(people):
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send({"type": "typing", "conversation_id": people["conversation"]})
    typing = await b.expect("typing")
    assert typing["user_id"] == people["user_id"]
    assert typing["expires_in_ms"] > 0
    await a.send({"type": "typing", "conversation_id": people["conversation"]})
    assert await b.silent("typing")
    await a.close()
    await b.close()


async def test_read_receipt_reaches_the_sender_unless_turned_off(people):
    from modules.chat.models import ChatPreferences

    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.send(_send(people["conversation"], "r1"))
    first = (await b.expect("message"))["message"]["id"]
    await b.send({"type": "read", "conversation_id": people["conversation"], "message_id": first})
    receipt = await a.expect("read")
    assert receipt == {
        "type": "read",
        "conversation_id": people["conversation"],
        "user_id": people["friend_id"],
        "message_id": first,
    }
    await database_sync_to_async(ChatPreferences.objects.create)(user_id=people["friend_id"], send_read_receipts=False)
    await a.send(_send(people["conversation"], "r2"))
    second = (await b.expect("message"))["message"]["id"]
    await b.send({"type": "read", "conversation_id": people["conversation"], "message_id": second})
    assert await a.silent("read")
    await a.close()
    await b.close()


async def test_presence_online_idle_offline_and_hidden(people):
    from modules.chat.models import ChatPreferences

    b = await Socket.open(people["friend"], resume={})
    a = await Socket.open(people["user"], resume={})
    assert (await b.expect("presence"))["users"] == {str(people["user_id"]): "online"}
    await a.send({"type": "presence", "state": "idle"})
    assert (await b.expect("presence"))["users"] == {str(people["user_id"]): "idle"}
    await a.close()
    assert (await b.expect("presence"))["users"] == {str(people["user_id"]): "offline"}
    await database_sync_to_async(ChatPreferences.objects.create)(user_id=people["user_id"], share_presence=False)
    a = await Socket.open(people["user"], resume={})
    assert await b.silent("presence")
    await a.close()
    await b.close()


async def test_recipient_without_a_socket_gets_one_push(people, fakes):
    from modules.notifications.models import Device

    await database_sync_to_async(Device.objects.create)(
        user_id=people["friend_id"], token="friend-phone", platform="ios"
    )
    push = fakes.push
    a = await Socket.open(people["user"], resume={})
    await a.send(_send(people["conversation"], "p1", "are you there?"))
    await a.expect("ack")

    async def pushed():
        return [p for p in push.sent if p.device_token == "friend-phone"]

    assert len(await _eventually(pushed)) == 1
    await a.send(_send(people["conversation"], "p1", "are you there?"))  # resend: no second push
    await a.expect("ack")
    await asyncio.sleep(0.2)
    pushes = await pushed()
    assert len(pushes) == 1
    assert pushes[0].body == "are you there?"
    b = await Socket.open(people["friend"], resume={})
    await a.send(_send(people["conversation"], "p2", "now online"))
    await b.expect("message")
    assert len([p for p in push.sent if p.device_token == "friend-phone"]) == 1
    await a.close()
    await b.close()


# --- handshake ----------------------------------------------------------------------------
async def test_no_token_closes_with_4001():
    s = await Socket.open(None)
    assert await s.closed_with() == 4001


async def test_bad_expired_refresh_and_inactive_tokens_close_with_4001(people):
    user = await database_sync_to_async(UserFactory)()
    expired = AccessToken.for_user(user)
    expired.set_exp(lifetime=-timedelta(seconds=1))
    refresh = await database_sync_to_async(lambda: str(RefreshToken.for_user(user)))()
    tampered = people["user"][:-4] + ("AAAA" if not people["user"].endswith("AAAA") else "BBBB")
    inactive_user = await database_sync_to_async(UserFactory)(is_active=False)
    for token in (str(expired), refresh, tampered, "not-a-jwt", access_token(inactive_user)):
        s = await Socket.open(token)
        assert await s.closed_with() == 4001, token


async def test_foreign_origin_closes_with_4003_and_missing_or_own_origin_is_fine(people):
    s = await Socket.open(people["user"], origin="https://evil.example")
    assert await s.closed_with() == 4003
    for origin in (None, "http://localhost:8000"):
        ok = await Socket.open(people["user"], origin=origin)
        assert (await ok.expect("ready"))["user_id"] == people["user_id"]
        await ok.close()


async def test_one_time_ticket_works_once(people):
    from tests.modules.chat.factories import Actor

    ticket = await database_sync_to_async(ticket_issue)(actor=Actor(user_id=people["user_id"], role="user"))
    s = await Socket.open(None, subprotocols=["ticket", ticket])
    assert (await s.expect("ready"))["user_id"] == people["user_id"]
    await s.close()
    again = await Socket.open(None, path=f"/ws/chat/?ticket={ticket}")
    assert await again.closed_with() == 4001


# --- abuse --------------------------------------------------------------------------------
async def test_bad_frames_get_errors_and_others_are_unaffected(people):
    a = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    await a.ws.send_to(text_data="{not json")
    assert (await a.expect("error"))["code"] == "bad_frame"
    await a.send({"type": "teleport"})
    assert (await a.expect("error"))["code"] == "bad_frame"
    await a.send({"type": "send", "conversation_id": "x"})
    assert (await a.expect("error"))["code"] == "bad_frame"
    await a.send(_send(people["conversation"], "bad id with spaces"))
    error = await a.expect("error")
    assert error["code"] == "invalid_input"
    await a.send(_send(people["conversation"], "nul", "a\x00b"))
    assert (await a.expect("error"))["code"] == "invalid_input"
    await a.ws.send_to(bytes_data=b"\x00\x01")
    assert (await a.expect("error"))["code"] == "unsupported_frame"
    # The socket still works, and so does everyone else's.
    await a.send(_send(people["conversation"], "ok"))
    await a.expect("ack")
    assert (await b.expect("message"))["message"]["client_id"] == "ok"
    await a.close()
    await b.close()


async def test_oversized_frame_closes_with_1009(people, settings):
    a = await Socket.open(people["user"], resume={})
    await a.ws.send_to(text_data=json.dumps(_send(people["conversation"], "big", "x" * 20_000)))
    assert await a.closed_with() == 1009
    assert await _stored(client_id="big") == []


async def test_flooding_client_is_throttled_then_closed_and_others_keep_going(people, settings):
    settings.CHAT_MESSAGES_PER_SECOND = 1
    settings.CHAT_MESSAGES_BURST = 3
    flooder = await Socket.open(people["user"], resume={})
    b = await Socket.open(people["friend"], resume={})
    for i in range(40):
        await flooder.send(_send(people["conversation"], f"f{i}"))
    assert await flooder.closed_with(timeout=5) == 4008
    stored = await _settled(lambda: _stored(conversation_id=people["conversation"]))
    assert 1 <= len(stored) <= 4
    # The other side got exactly what was stored, and can still talk.
    received = [(await b.expect("message"))["message"]["id"] for _ in stored]
    assert received == [m.id for m in stored]
    other = await Socket.open(people["user"], resume={})
    await b.send(_send(people["conversation"], "still-fine"))
    assert (await other.expect("message"))["message"]["client_id"] == "still-fine"
    await other.close()
    await b.close()
