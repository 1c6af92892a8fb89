"""Composition root: picks a real or fake adapter per port from settings.

Modules never import this; they declare what they need and receive it through
dependency-injector wiring (`Provide["media"]` etc. in their `dependencies` modules).
Tests swap a provider with `get_container().media.override(...)`.
"""

from __future__ import annotations

from dependency_injector import containers, providers
from django.conf import settings

from adapters.presence.memory import InMemoryPresenceStore
from adapters.presence.redis_store import RedisPresenceStore
from adapters.push.user_fake import FakeUserPush
from core.clock import SystemClock


class Container(containers.DeclarativeContainer):
    config = providers.Configuration()

    clock = providers.Singleton(SystemClock)

    # Chat: per-user push (in memory until device registration + FCM land behind it) and
    # presence shared across processes through Redis when configured.
    push = providers.Singleton(FakeUserPush)
    presence = providers.Selector(
        config.presence_backend,
        redis=providers.Singleton(RedisPresenceStore, config.redis_url),
        memory=providers.Singleton(InMemoryPresenceStore),
    )


_container: Container | None = None


def build_container() -> Container:
    container = Container()
    container.config.from_dict(
        {
            "media_backend": settings.MEDIA_BACKEND,
            "payments_backend": settings.PAYMENTS_BACKEND,
            "rtc_backend": settings.RTC_BACKEND,
            "push_backend": settings.PUSH_BACKEND,
            "email_backend": settings.EMAIL_SENDER_BACKEND,
            "presence_backend": "redis" if settings.REDIS_URL else "memory",
            "redis_url": settings.REDIS_URL,
        }
    )
    return container


def get_container() -> Container:
    global _container
    if _container is None:
        _container = build_container()
        # Modules resolve their ports through `Provide["<name>"]` markers in their
        # `dependencies` modules; wiring connects those markers to this container.
        _container.wire(modules=["modules.booking.dependencies", "modules.chat.dependencies"])
    return _container
