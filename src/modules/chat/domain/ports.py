"""What chat needs from the outside world, as Protocols (adapters implement them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from core.ports.presence import PresenceStore

__all__ = ["PresenceStore", "UserPush"]


class UserPush(Protocol):
    """The notification port as chat needs it: reach every device of a user."""

    def notify_user(self, *, user_id: int, title: str, body: str, data: Mapping[str, str]) -> None: ...
