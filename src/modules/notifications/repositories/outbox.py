"""All ORM access for devices and the notification outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction

from modules.notifications.models import Device, Notification


@dataclass(frozen=True)
class NotificationView:
    id: int
    user_id: int
    key: str
    kind: str
    title: str
    body: str
    data: dict[str, Any]
    send_email: bool
    status: str
    attempts: int
    created_at: datetime
    read_at: datetime | None


def _view(n: Notification) -> NotificationView:
    return NotificationView(
        n.pk,
        n.user_id,
        n.key,
        n.kind,
        n.title,
        n.body,
        dict(n.data),
        n.send_email,
        n.status,
        n.attempts,
        n.created_at,
        n.read_at,
    )


def enqueue(
    *, user_id: int, key: str, kind: str, title: str, body: str, data: dict[str, Any], send_email: bool
) -> tuple[NotificationView, bool]:
    """The notification with this key, created if new. Returns (view, created)."""
    existing = Notification.objects.filter(key=key).first()
    if existing:
        return _view(existing), False
    try:
        with transaction.atomic():
            row = Notification.objects.create(
                user_id=user_id, key=key, kind=kind, title=title, body=body, data=data, send_email=send_email
            )
        return _view(row), True
    except IntegrityError:  # created concurrently: same key, same thing
        return _view(Notification.objects.get(key=key)), False


def lock_pending(notification_id: int) -> NotificationView | None:
    """The notification if still pending, locked; None if it is gone, done, or being sent elsewhere."""
    row = (
        Notification.objects.select_for_update(skip_locked=True)
        .filter(pk=notification_id, status=Notification.Status.PENDING)
        .first()
    )
    return _view(row) if row else None


def mark(notification_id: int, *, status: str, attempts: int, at: datetime | None) -> None:
    Notification.objects.filter(pk=notification_id).update(status=status, attempts=attempts, sent_at=at)


def pending_ids(*, older_than: datetime, limit: int = 200) -> list[int]:
    return list(
        Notification.objects.filter(status=Notification.Status.PENDING, created_at__lt=older_than)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )


def device_tokens(user_id: int) -> list[str]:
    return list(Device.objects.filter(user_id=user_id).order_by("pk").values_list("token", flat=True))


def device_register(*, user_id: int, token: str, platform: str) -> None:
    # A token that moves to another account (shared phone, new login) follows the latest owner.
    Device.objects.update_or_create(token=token, defaults={"user_id": user_id, "platform": platform})


def device_forget(*, token: str, user_id: int | None = None) -> int:
    qs = Device.objects.filter(token=token)
    if user_id is not None:
        qs = qs.filter(user_id=user_id)
    return qs.delete()[0]


def notifications_of(*, user_id: int, limit: int, offset: int) -> tuple[list[NotificationView], int]:
    qs = Notification.objects.filter(user_id=user_id).order_by("-created_at", "-pk")
    return [_view(n) for n in qs[offset : offset + limit]], qs.count()


def mark_read(*, user_id: int, ids: list[int], at: datetime) -> int:
    return Notification.objects.filter(user_id=user_id, pk__in=ids, read_at__isnull=True).update(read_at=at)
