"""The ASGI application: Django for HTTP, Channels for WebSockets under /ws/."""

from __future__ import annotations

from typing import Any

from channels.routing import ProtocolTypeRouter, URLRouter
from django.urls import path

from entrypoints.http.request_id import request_id_from
from entrypoints.logs import current_request_id
from modules.chat.api.consumer import ChatConsumer


class SocketRequestId:
    """Give each socket connection a request id, like an HTTP request: every log line the
    connection causes carries it (the consumer runs in this connection's task and context)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        headers = dict(scope.get("headers") or ())
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        current_request_id.set(request_id_from(incoming))
        return await self.app(scope, receive, send)


def build_application(django_asgi_app: Any) -> Any:
    websocket_routes: list[Any] = [
        # Origin and authentication are checked by the consumer itself, so that a refusal
        # reaches the client with a documented close code (and native apps without an
        # Origin header are let in).
        path("ws/chat/", ChatConsumer.as_asgi()),
    ]
    return ProtocolTypeRouter(
        {
            "http": django_asgi_app,
            "websocket": SocketRequestId(URLRouter(websocket_routes)),
        }
    )
