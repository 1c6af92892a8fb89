"""An open chat socket is authorised no longer than its token and its account."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from ninja_jwt.tokens import AccessToken

from core.identity import Actor, Role
from modules.accounts.services.staff import user_deactivate
from tests.modules.accounts.factories import UserFactory
from tests.modules.chat.factories import Socket, access_token, pair

pytestmark = [pytest.mark.anyio, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people():
    user, friend, conversation = pair()
    return {"user": user, "friend": friend, "conversation": conversation, "stranger": UserFactory()}


def short_lived(user, seconds: int = 2) -> str:
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=timedelta(seconds=seconds))
    return str(token)


async def _still_serving(socket: Socket) -> bool:
    await socket.send({"type": "ping", "ref": "p"})
    return (await socket.expect("pong"))["ref"] == "p"


async def test_socket_closes_with_4001_when_its_token_expires(people):
    token = await database_sync_to_async(short_lived)(people["user"])
    s = await Socket.open(token)
    ready = await s.expect("ready")
    assert ready["auth_expires_at"] == AccessToken(token)["exp"]
    assert await _still_serving(s)
    error = await s.expect("error", timeout=5)
    assert error["code"] == "token_expired"
    assert await s.closed_with() == 4001


async def test_auth_frame_with_a_fresh_token_keeps_the_socket_open(people):
    s = await Socket.open(await database_sync_to_async(short_lived)(people["user"]))
    first = (await s.expect("ready"))["auth_expires_at"]
    fresh = await database_sync_to_async(access_token)(people["user"])
    await s.send({"type": "auth", "token": fresh, "ref": "a1"})
    renewed = await s.expect("authenticated")
    assert renewed["ref"] == "a1"
    assert renewed["auth_expires_at"] == AccessToken(fresh)["exp"] > first
    # Past the first token's end, the socket still serves.
    assert await s.ws.receive_nothing(max(0.0, first - time.time()) + 1.0)
    assert await _still_serving(s)
    await s.close()


async def test_auth_frame_with_a_bad_or_foreign_token_changes_nothing(people):
    s = await Socket.open(await database_sync_to_async(short_lived)(people["user"]))
    await s.expect("ready")
    other = await database_sync_to_async(access_token)(people["stranger"])
    for token in (other, "not-a-jwt"):
        await s.send({"type": "auth", "token": token, "ref": "bad"})
        error = await s.expect("error")
        assert (error["code"], error["ref"]) == ("unauthenticated", "bad")
    # Still the user's socket, and it still ends with the original token.
    assert (await s.expect("error", timeout=5))["code"] == "token_expired"
    assert await s.closed_with() == 4001


async def test_deactivation_closes_that_users_sockets_at_once_and_nobody_elses(people):
    admin = await database_sync_to_async(UserFactory)(role=Role.ADMIN)
    user_socket = await Socket.open(await database_sync_to_async(access_token)(people["user"]), resume={})
    second_device = await Socket.open(await database_sync_to_async(access_token)(people["user"]), resume={})
    friend_socket = await Socket.open(await database_sync_to_async(access_token)(people["friend"]), resume={})
    await database_sync_to_async(user_deactivate)(
        actor=Actor(user_id=admin.pk, role=Role.ADMIN), user_id=people["user"].pk
    )
    for s in (user_socket, second_device):
        # Well within a heartbeat: the revoke travels through the channel layer.
        assert (await s.expect("error", timeout=1))["code"] == "account_deactivated"
        assert await s.closed_with(timeout=1) == 4001
    assert await _still_serving(friend_socket)
    await friend_socket.close()


async def test_deactivation_outside_the_service_is_caught_by_the_heartbeat(people, monkeypatch):
    from modules.accounts.models import User
    from modules.chat.api import consumer

    monkeypatch.setattr(consumer, "HEARTBEAT_SECONDS", 0.2)
    s = await Socket.open(await database_sync_to_async(access_token)(people["user"]), resume={})
    await database_sync_to_async(User.objects.filter(pk=people["user"].pk).update)(is_active=False)
    assert (await s.expect("error", timeout=2))["code"] == "account_deactivated"
    assert await s.closed_with() == 4001
