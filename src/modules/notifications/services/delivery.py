"""Queue and deliver notifications.

Delivery is at-least-once towards the push provider (a worker can die between the send and
the commit); every push carries the notification id so apps drop a repeat. Within our
system a notification is delivered by one worker at a time (row lock, skip locked) and only
while pending, so a replayed task does nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from core.clock import Clock
from core.ports.email import EmailSender
from core.ports.push import InvalidDeviceToken, PushSender, PushUnavailable
from modules.notifications.repositories import outbox as repo

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def notify(
    *,
    user_id: int,
    key: str,
    kind: str,
    title: str,
    body: str,
    data: dict[str, Any] | None = None,
    send_email: bool = False,
    schedule: Callable[[int], None],
) -> bool:
    """Queue a notification (idempotent by `key`); delivery is scheduled after commit.

    Returns whether it was new."""
    view, created = repo.enqueue(
        user_id=user_id, key=key, kind=kind, title=title, body=body, data=dict(data or {}), send_email=send_email
    )
    if created:
        transaction.on_commit(lambda: schedule(view.id))
    return created


def deliver(
    *, notification_id: int, push: PushSender, email: EmailSender, email_of: Callable[[int], str | None], clock: Clock
) -> str:
    """Send one pending notification to all of its person's devices. Returns the final status."""
    with transaction.atomic():
        n = repo.lock_pending(notification_id)
        if n is None:
            return "skipped"
        attempts = n.attempts + 1
        payload = {**{k: str(v) for k, v in n.data.items()}, "notification_id": str(n.id), "kind": n.kind}
        tokens = repo.device_tokens(n.user_id)
        delivered = 0
        unavailable = False
        for token in tokens:
            try:
                push.send(device_token=token, title=n.title, body=n.body, data=payload)
                delivered += 1
            except InvalidDeviceToken:
                repo.device_forget(token=token)
            except PushUnavailable:
                unavailable = True
        if n.send_email and (address := email_of(n.user_id)):
            email.send(to=address, subject=n.title, text=n.body)
            delivered += 1
        if unavailable and delivered == 0 and attempts < MAX_ATTEMPTS:
            repo.mark(n.id, status="pending", attempts=attempts, at=None)
            return "retry"
        status = "sent" if delivered else ("failed" if unavailable else "no_device")
        repo.mark(n.id, status=status, attempts=attempts, at=clock.now() if delivered else None)
        return status


def redeliver_stale(*, clock: Clock, schedule: Callable[[int], None], age: timedelta = timedelta(minutes=1)) -> int:
    """Re-schedule notifications still pending after `age` (a lost task, a provider outage)."""
    ids = repo.pending_ids(older_than=clock.now() - age)
    for notification_id in ids:
        schedule(notification_id)
    return len(ids)


def mark_read(*, user_id: int, ids: list[int], at: datetime) -> int:
    return repo.mark_read(user_id=user_id, ids=ids, at=at)
