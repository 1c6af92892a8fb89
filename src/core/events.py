"""A small in-process event bus, so modules can react to each other without importing each other.

A module publishes a fact ("a friend's availability changed"); interested modules subscribe
at start-up (in their AppConfig.ready). Handlers run synchronously in the publisher's
transaction; anything slow or external must be deferred by the handler itself (e.g. a Celery
task scheduled on commit).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

E = TypeVar("E")


@dataclass(frozen=True)
class AnswersChanged:
    user_id: int


@dataclass(frozen=True)
class FriendOfferChanged:
    friend_id: int


@dataclass(frozen=True)
class AvailabilityChanged:
    friend_id: int


@dataclass(frozen=True)
class AccountDeactivated:
    user_id: int


@dataclass(frozen=True)
class RoleChanged:
    user_id: int
    role: str


@dataclass(frozen=True)
class SessionBooked:
    session_id: int
    user_id: int
    friend_id: int


_handlers: dict[type, list[Callable[[Any], None]]] = defaultdict(list)


def subscribe(event_type: type[E], handler: Callable[[E], None]) -> None:
    if handler not in _handlers[event_type]:
        _handlers[event_type].append(handler)


def publish(event: object) -> None:
    for handler in list(_handlers.get(type(event), ())):
        handler(event)


def unsubscribe_all() -> None:
    """For tests that need a clean bus."""
    _handlers.clear()
