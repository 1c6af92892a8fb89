"""What other modules (and the task entry points) may use from notifications."""

from __future__ import annotations

from typing import Any

from modules.accounts.public import email_of
from modules.notifications import dependencies as deps
from modules.notifications.repositories import personal_data as _personal_data
from modules.notifications.services import delivery

DELIVER_TASK = "notifications.deliver"


def _schedule(notification_id: int) -> None:
    deps.tasks().enqueue(DELIVER_TASK, notification_id=notification_id)


def notify(
    *,
    user_id: int,
    key: str,
    kind: str,
    title: str,
    body: str,
    data: dict[str, Any] | None = None,
    send_email: bool = False,
) -> bool:
    """Tell `user_id` something, once per `key` (e.g. "session-reminder:42:7"), after commit.

    Call it inside your own transaction: if that rolls back, nothing is sent."""
    return delivery.notify(
        user_id=user_id,
        key=key,
        kind=kind,
        title=title,
        body=body,
        data=data,
        send_email=send_email,
        schedule=_schedule,
        clock=deps.clock(),
    )


def deliver(*, notification_id: int) -> str:
    return delivery.deliver(
        notification_id=notification_id, push=deps.push(), email=deps.email(), email_of=email_of, clock=deps.clock()
    )


def redeliver_stale() -> int:
    return delivery.redeliver_stale(clock=deps.clock(), schedule=_schedule)


def push_to_user(*, user_id: int, title: str, body: str, data: dict[str, str]) -> int:
    """Push now to every device of `user_id` (no outbox: the caller guarantees once)."""
    return delivery.push_now(user_id=user_id, title=title, body=body, data=data, push=deps.push())


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
