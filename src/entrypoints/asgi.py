"""The ASGI application: Django for HTTP, Channels for WebSockets under /ws/."""

from __future__ import annotations

from typing import Any

from channels.routing import ProtocolTypeRouter, URLRouter
from django.urls import path

from modules.chat.api.consumer import ChatConsumer


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
            "websocket": URLRouter(websocket_routes),
        }
    )
