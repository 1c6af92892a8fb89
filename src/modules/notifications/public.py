"""What other modules (and the task entry points) may use from notifications."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings

from modules.accounts.public import email_of
from modules.notifications import dependencies as deps
from modules.notifications.domain.kinds import NotificationKind
from modules.notifications.repositories import personal_data as _personal_data
from modules.notifications.services import delivery
from modules.notifications.services.demo import demo_preferences_ensure
from modules.notifications.services.preferences import timezone_of

DELIVER_TASK = "notifications.deliver"

__all__ = [
    "DELIVER_TASK",
    "NotificationKind",
    "deliver",
    "demo_preferences_ensure",
    "notify",
    "personal_data_erase",
    "personal_data_export",
    "purge_finished",
    "redeliver_stale",
]


def _schedule(notification_id: int) -> None:
    deps.tasks().enqueue(DELIVER_TASK, notification_id=notification_id)


def notify(
    *,
    user_id: int,
    key: str,
    kind: NotificationKind,
    title: str,
    body: str,
    data: dict[str, Any] | None = None,
) -> bool:
    """Tell `user_id` something, once per `key` (e.g. "session-reminder:42:7"), after commit.

    The person's preferences for `kind` pick the channels (push, email, in-app); inside their
    quiet hours the push waits until the hours end. Call it inside your own transaction: if that
    rolls back, nothing is sent. Returns whether it was queued now (False: known key, or every
    channel of `kind` turned off)."""
    return delivery.notify(
        user_id=user_id,
        key=key,
        kind=kind,
        title=title,
        body=body,
        data=data,
        schedule=_schedule,
        clock=deps.clock(),
        timezone_of=timezone_of,
    )


def deliver(*, notification_id: int) -> str:
    return delivery.deliver(
        notification_id=notification_id, push=deps.push(), email=deps.email(), email_of=email_of, clock=deps.clock()
    )


def redeliver_stale() -> int:
    return delivery.redeliver_stale(clock=deps.clock(), schedule=_schedule)


def purge_finished() -> int:
    """Retention run (beat): finished notifications older than NOTIFICATIONS_RETENTION_DAYS."""
    return delivery.purge_finished(
        clock=deps.clock(),
        older_than=timedelta(days=settings.NOTIFICATIONS_RETENTION_DAYS),
        batch=settings.RETENTION_BATCH_SIZE,
        max_batches=settings.RETENTION_MAX_BATCHES,
    )


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
