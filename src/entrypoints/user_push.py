"""The per-person push that billing's reminders use, backed by the notifications module's
device registry and the push port."""

from __future__ import annotations

from collections.abc import Mapping

from modules.notifications.public import push_to_user


class DevicesUserPush:
    def notify_user(self, *, user_id: int, title: str, body: str, data: Mapping[str, str]) -> None:
        push_to_user(user_id=user_id, title=title, body=body, data={str(k): str(v) for k, v in data.items()})
