"""All ORM access for devices and the notification outbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q

from kit.retention import delete_in_batches
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
    # Delivery targets already dealt with ("device:<id>", "email") → SENT or REFUSED.
    outcomes: dict[str, str] = field(default_factory=dict)
    push: bool = True
    in_app: bool = True
    not_before: datetime | None = None


@dataclass(frozen=True)
class DeviceView:
    id: int
    platform: str
    token_hint: str  # the token's last characters: enough to tell devices apart, not to use one
    created_at: datetime
    last_seen_at: datetime


# Outcomes of one delivery target.
SENT = "sent"
REFUSED = "refused"  # the provider refused it for good; not tried again


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
        dict(n.outcomes),
        n.push,
        n.in_app,
        n.not_before,
    )


def enqueue(
    *,
    user_id: int,
    key: str,
    kind: str,
    title: str,
    body: str,
    data: dict[str, Any],
    send_email: bool,
    push: bool,
    in_app: bool,
    first_sweep_at: datetime,
    not_before: datetime | None = None,
) -> tuple[NotificationView, bool]:
    """The notification with this key, created if new. Returns (view, created).

    With neither push nor email there is nothing to deliver: it is stored as IN_APP."""
    existing = Notification.objects.filter(key=key).first()
    if existing:
        return _view(existing), False
    try:
        with transaction.atomic():
            row = Notification.objects.create(
                user_id=user_id,
                key=key,
                kind=kind,
                title=title,
                body=body,
                data=data,
                send_email=send_email,
                push=push,
                in_app=in_app,
                not_before=not_before,
                status=Notification.Status.PENDING if push or send_email else Notification.Status.IN_APP,
                next_attempt_at=first_sweep_at if push or send_email else None,
            )
        return _view(row), True
    except IntegrityError:  # created concurrently: same key, same thing
        return _view(Notification.objects.get(key=key)), False


def claim_due(
    notification_id: int, *, now: datetime, next_attempt_after: Callable[[int], timedelta]
) -> NotificationView | None:
    """Count one more delivery attempt of the notification, if it is pending and due (its first
    attempt, or `next_attempt_at` has come) and nobody else holds it; None otherwise. The next
    attempt may start `next_attempt_after(attempts)` from now. Call inside a transaction of its
    own: the count must stand whatever the sends that follow do."""
    row = (
        Notification.objects.select_for_update(skip_locked=True)
        .filter(pk=notification_id, status=Notification.Status.PENDING)
        .filter(Q(attempts=0) | Q(next_attempt_at__lte=now))
        .filter(Q(not_before__isnull=True) | Q(not_before__lte=now))
        .first()
    )
    if row is None:
        return None
    row.attempts += 1
    row.next_attempt_at = now + next_attempt_after(row.attempts)
    row.save(update_fields=["attempts", "next_attempt_at"])
    return _view(row)


def record_outcome(notification_id: int, *, target: str, outcome: str, at: datetime) -> None:
    """Remember what became of one delivery target (committed on its own, right after the send)."""
    with transaction.atomic():
        row = Notification.objects.select_for_update().filter(pk=notification_id).first()
        if row is None:
            return
        row.outcomes = {**row.outcomes, target: outcome}
        fields = ["outcomes"]
        if outcome == SENT and row.sent_at is None:
            row.sent_at = at
            fields.append("sent_at")
        row.save(update_fields=fields)


def finish_attempt(notification_id: int, *, status: str, error: str) -> None:
    """End an attempt: a final status clears the retry time; "pending" keeps the one claimed."""
    changes: dict[str, Any] = {"status": status, "last_error": error}
    if status != Notification.Status.PENDING:
        changes["next_attempt_at"] = None
    Notification.objects.filter(pk=notification_id).update(**changes)


def due_ids(*, now: datetime, limit: int = 200) -> list[int]:
    """Pending notifications whose next attempt is due (a lost first task, a retry after an error)."""
    return list(
        Notification.objects.filter(status=Notification.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def device_list(*, user_id: int) -> list[DeviceView]:
    """A person's devices, newest first (few per person: no paging needed, one query)."""
    return [
        DeviceView(pk, platform, token[-6:], created_at, last_seen_at)
        for pk, platform, token, created_at, last_seen_at in Device.objects.filter(user_id=user_id)
        .order_by("-created_at", "-pk")
        .values_list("pk", "platform", "token", "created_at", "last_seen_at")
    ]


def device_delete(*, user_id: int, device_id: int) -> bool:
    """Remove one of the person's devices; False when they have none with that id."""
    return Device.objects.filter(pk=device_id, user_id=user_id).delete()[0] > 0


def devices_of(user_id: int) -> list[tuple[int, str]]:
    """(device id, token) of every device of the person."""
    return list(Device.objects.filter(user_id=user_id).order_by("pk").values_list("pk", "token"))


def device_register(*, user_id: int, token: str, platform: str) -> None:
    # A token that moves to another account (shared phone, new login) follows the latest owner.
    Device.objects.update_or_create(token=token, defaults={"user_id": user_id, "platform": platform})


def device_forget(*, token: str, user_id: int | None = None) -> int:
    qs = Device.objects.filter(token=token)
    if user_id is not None:
        qs = qs.filter(user_id=user_id)
    return qs.delete()[0]


def notifications_of(*, user_id: int, limit: int, offset: int) -> tuple[list[NotificationView], int]:
    """The person's inbox: the notifications they receive in the app."""
    qs = Notification.objects.filter(user_id=user_id, in_app=True).order_by("-created_at", "-pk")
    return [_view(n) for n in qs[offset : offset + limit]], qs.count()


def unread_count(*, user_id: int) -> int:
    return Notification.objects.filter(user_id=user_id, in_app=True, read_at__isnull=True).count()


def mark_read(*, user_id: int, ids: list[int], at: datetime) -> int:
    return Notification.objects.filter(user_id=user_id, in_app=True, pk__in=ids, read_at__isnull=True).update(
        read_at=at
    )


# Finished: nothing left to deliver. Pending ones (quiet hours, retries) are never purged.
_FINISHED = [
    Notification.Status.SENT,
    Notification.Status.NO_DEVICE,
    Notification.Status.FAILED,
    Notification.Status.IN_APP,
]


def purge_finished(*, before: datetime, batch: int, max_batches: int) -> int:
    """Delete finished notifications created before `before`, oldest first, in batches."""
    old = Notification.objects.filter(created_at__lt=before, status__in=_FINISHED)
    return delete_in_batches(old, order_by="created_at", batch=batch, max_batches=max_batches)
