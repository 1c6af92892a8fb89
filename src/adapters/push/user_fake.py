"""In-memory per-user notifier (chat's push port): records what would have been pushed.

Stands in until device registration and the FCM sender are wired behind the same
`notify_user` call.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class UserNotification:
    user_id: int
    title: str
    body: str
    data: Mapping[str, str]


@dataclass
class FakeUserPush:
    sent: list[UserNotification] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def notify_user(self, *, user_id: int, title: str, body: str, data: Mapping[str, str]) -> None:
        with self._lock:
            self.sent.append(UserNotification(user_id, title, body, {str(k): str(v) for k, v in data.items()}))
