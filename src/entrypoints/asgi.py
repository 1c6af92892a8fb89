"""The ASGI application: Django for HTTP, Channels for WebSockets under /ws/."""

from __future__ import annotations

from typing import Any

from channels.routing import ProtocolTypeRouter, URLRouter


def build_application(django_asgi_app: Any) -> Any:
    websocket_routes: list[Any] = []
    return ProtocolTypeRouter(
        {
            "http": django_asgi_app,
            "websocket": URLRouter(websocket_routes),
        }
    )
