"""What a person reads and manages themselves: their inbox, unread count and devices."""

from __future__ import annotations

from datetime import datetime

from core.errors import NotFound
from core.pagination import Page
from modules.notifications.repositories import outbox as repo
from modules.notifications.repositories.outbox import DeviceView, NotificationView


def inbox_page(*, user_id: int, limit: int, offset: int) -> Page[NotificationView]:
    items, total = repo.notifications_of(user_id=user_id, limit=limit, offset=offset)
    return Page(items=items, total=total, limit=limit, offset=offset)


def unread_count(*, user_id: int) -> int:
    return repo.unread_count(user_id=user_id)


def mark_read(*, user_id: int, ids: list[int], at: datetime) -> int:
    """Mark some of the person's notifications read; ids that are not theirs are ignored."""
    return repo.mark_read(user_id=user_id, ids=ids, at=at)


def device_register(*, user_id: int, token: str, platform: str) -> None:
    repo.device_register(user_id=user_id, token=token, platform=platform)


def device_forget(*, user_id: int, token: str) -> None:
    # Only one's own device: someone else's token is silently left alone (and not revealed).
    repo.device_forget(token=token, user_id=user_id)


def device_list(*, user_id: int) -> list[DeviceView]:
    return repo.device_list(user_id=user_id)


def device_remove(*, user_id: int, device_id: int) -> None:
    if not repo.device_delete(user_id=user_id, device_id=device_id):
        raise NotFound("No such device.")  # someone else's device is not revealed
