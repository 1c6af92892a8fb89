"""What billing needs beyond the shared provider ports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class UserPush(Protocol):
    """Reach every device of a user (the device registry lives behind this port, not in billing)."""

    def notify_user(self, *, user_id: int, title: str, body: str, data: Mapping[str, str]) -> None: ...
