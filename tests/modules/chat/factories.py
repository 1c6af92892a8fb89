from __future__ import annotations

import json
from typing import Any

from channels.testing import WebsocketCommunicator
from ninja_jwt.tokens import AccessToken

from core.identity import Actor  # noqa: F401 - re-exported for tests
from modules.chat.public import conversation_ensure_direct
from tests.modules.accounts.factories import FriendFactory, UserFactory


def pair() -> tuple[Any, Any, int]:
    """A user and a friend with their direct conversation."""
    user, friend = UserFactory(), FriendFactory()
    return user, friend, conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)


def access_token(user: Any) -> str:
    return str(AccessToken.for_user(user))


def application() -> Any:
    from config.asgi import application

    return application


class Socket:
    """A test client for /ws/chat/ speaking JSON."""

    def __init__(self, communicator: WebsocketCommunicator) -> None:
        self.ws = communicator

    @classmethod
    async def open(
        cls,
        token: str | None,
        *,
        origin: str | None = None,
        resume: dict[int, int] | None = None,
        subprotocols: list[str] | None = None,
        path: str = "/ws/chat/",
    ) -> Socket:
        headers = [(b"origin", origin.encode())] if origin else []
        protocols = subprotocols if subprotocols is not None else (["bearer", token] if token else [])
        ws = WebsocketCommunicator(application(), path, headers=headers, subprotocols=protocols)
        connected, _ = await ws.connect(timeout=5)
        assert connected
        socket = cls(ws)
        if resume is not None:
            ready = await socket.expect("ready")
            assert ready["user_id"]
            await socket.send({"type": "resume", "cursors": {str(k): v for k, v in resume.items()}})
            await socket.expect("resumed")
        return socket

    async def send(self, frame: dict[str, Any]) -> None:
        await self.ws.send_to(text_data=json.dumps(frame))

    async def receive(self, timeout: float = 3) -> dict[str, Any]:
        return json.loads(await self.ws.receive_from(timeout=timeout))

    async def expect(self, kind: str, timeout: float = 3) -> dict[str, Any]:
        """The next event of this type (others, such as presence, are skipped)."""
        while True:
            event = await self.receive(timeout)
            if event["type"] == kind:
                return event

    async def collect(self, kind: str, count: int, timeout: float = 3) -> list[dict[str, Any]]:
        return [await self.expect(kind, timeout) for _ in range(count)]

    async def silent(self, kind: str, timeout: float = 0.3) -> bool:
        """True if no event of this type arrives within `timeout` (others are consumed).

        Never waits on an empty queue with a timeout: the communicator would cancel the app.
        """
        await self.ws.receive_nothing(timeout)
        while not await self.ws.receive_nothing(0):
            output = await self.ws.receive_output(1)
            if output["type"] == "websocket.send" and json.loads(output["text"])["type"] == kind:
                return False
        return True

    async def closed_with(self, timeout: float = 3) -> int:
        while True:
            output = await self.ws.receive_output(timeout)
            if output["type"] == "websocket.close":
                return output.get("code", 1000)

    async def close(self) -> None:
        await self.ws.disconnect()
