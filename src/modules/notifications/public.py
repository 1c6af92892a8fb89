"""What other modules (and the task entry points) may use from notifications."""

from __future__ import annotations

from typing import Any

from modules.accounts.public import email_of
from modules.notifications import dependencies as deps
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
    )


def deliver(*, notification_id: int) -> str:
    return delivery.deliver(
        notification_id=notification_id, push=deps.push(), email=deps.email(), email_of=email_of, clock=deps.clock()
    )


def redeliver_stale() -> int:
    return delivery.redeliver_stale(clock=deps.clock(), schedule=_schedule)
