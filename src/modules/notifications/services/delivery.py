"""Queue and deliver notifications.

A delivery attempt first claims the notification in a short transaction of its own: it counts
the attempt and sets `next_attempt_at` (the backoff, and a lease: nobody else sends it before
then). Only then does it send, to each device and the email channel on its own, recording each
one that got it, so a later attempt sends only what is still missing. What happens during the
sends (an error, a killed worker) can no longer undo the count, so every notification ends in
a final state after at most MAX_ATTEMPTS attempts.

Delivery is at-least-once towards the push provider (a worker can die between a send and its
record); every push carries the notification id so apps drop a repeat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from core.clock import Clock
from core.errors import ProviderUnavailable
from core.ports.email import EmailError, EmailSender
from core.ports.push import InvalidDeviceToken, PushError, PushSender, PushUnavailable
from modules.notifications.repositories import outbox as repo

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Attempt n (1-based) may be followed by attempt n + 1 this long after it started: 1, 2, 4, 8 min.
RETRY_BASE = timedelta(minutes=1)
RETRY_CAP = timedelta(hours=1)
# A notification whose after-commit task was lost is picked up by the sweep after this long.
FIRST_ATTEMPT_GRACE = timedelta(minutes=1)

EMAIL_TARGET = "email"


def retry_delay(attempt: int) -> timedelta:
    """How long after attempt `attempt` (1-based) the next one may start."""
    return min(RETRY_BASE * 2 ** (attempt - 1), RETRY_CAP)


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
    clock: Clock,
) -> bool:
    """Queue a notification (idempotent by `key`); delivery is scheduled after commit.

    Returns whether it was new."""
    view, created = repo.enqueue(
        user_id=user_id,
        key=key,
        kind=kind,
        title=title,
        body=body,
        data=dict(data or {}),
        send_email=send_email,
        first_sweep_at=clock.now() + FIRST_ATTEMPT_GRACE,
    )
    if created:
        transaction.on_commit(lambda: schedule(view.id))
    return created


def deliver(
    *, notification_id: int, push: PushSender, email: EmailSender, email_of: Callable[[int], str | None], clock: Clock
) -> str:
    """One delivery attempt of a pending notification. Returns its status afterwards, or
    "skipped" when it is not pending, not due yet, or being sent by someone else."""
    now = clock.now()
    with transaction.atomic():
        n = repo.claim_due(notification_id, now=now, next_attempt_after=retry_delay)
    if n is None:
        return "skipped"
    payload = {**{k: str(v) for k, v in n.data.items()}, "notification_id": str(n.id), "kind": n.kind}
    outcomes = dict(n.outcomes)  # target ("device:<id>", "email") → SENT or REFUSED, kept across attempts
    retry_later: list[str] = []  # what to say about the targets worth another attempt

    def record(target: str, outcome: str) -> None:
        repo.record_outcome(n.id, target=target, outcome=outcome, at=clock.now())
        outcomes[target] = outcome

    for device_id, token in repo.devices_of(n.user_id):
        target = f"device:{device_id}"
        if target in n.outcomes:
            continue
        try:
            push.send(device_token=token, title=n.title, body=n.body, data=payload)
        except InvalidDeviceToken:
            repo.device_forget(token=token)
        except PushUnavailable as exc:
            retry_later.append(f"{target}: {exc.detail}")
        except PushError as exc:  # refused for good: another attempt would be refused again
            logger.warning("push of notification %s to %s refused: %s", n.id, target, exc.detail)
            record(target, repo.REFUSED)
        except Exception as exc:  # a bug or an unknown failure: retried like an outage, boundedly
            logger.exception("push of notification %s to %s failed", n.id, target)
            retry_later.append(f"{target}: {type(exc).__name__}")
        else:
            record(target, repo.SENT)

    if n.send_email and EMAIL_TARGET not in n.outcomes and (address := email_of(n.user_id)):
        try:
            email.send(to=address, subject=n.title, text=n.body)
        except ProviderUnavailable as exc:
            retry_later.append(f"{EMAIL_TARGET}: {exc}")
        except EmailError as exc:
            logger.warning("email of notification %s refused: %s", n.id, exc.detail)
            record(EMAIL_TARGET, repo.REFUSED)
        except Exception as exc:
            logger.exception("email of notification %s failed", n.id)
            retry_later.append(f"{EMAIL_TARGET}: {type(exc).__name__}")
        else:
            record(EMAIL_TARGET, repo.SENT)

    if retry_later and n.attempts < MAX_ATTEMPTS:
        status = "pending"  # the sweep tries the rest again at next_attempt_at
    elif repo.SENT in outcomes.values():
        status = "sent"
    elif retry_later or outcomes:  # nothing got through: everything refused, or still failing
        status = "failed"
    else:
        status = "no_device"
    repo.finish_attempt(n.id, status=status, error="; ".join(retry_later)[:500])
    if status == "failed":
        logger.error("notification %s failed after %s attempts: %s", n.id, n.attempts, "; ".join(retry_later))
    return "retry" if status == "pending" else status


def redeliver_stale(*, clock: Clock, schedule: Callable[[int], None]) -> int:
    """Re-schedule pending notifications that are due again (a lost task, a retry after an outage)."""
    ids = repo.due_ids(now=clock.now())
    for notification_id in ids:
        schedule(notification_id)
    return len(ids)


def mark_read(*, user_id: int, ids: list[int], at: datetime) -> int:
    return repo.mark_read(user_id=user_id, ids=ids, at=at)


def push_now(*, user_id: int, title: str, body: str, data: dict[str, str], push: PushSender) -> int:
    """Push to all of a person's devices right away, for callers that keep their own
    exactly-once record (e.g. billing's reminders). Each device on its own: dead tokens are
    forgotten, a device that refuses the message is skipped; if no device could be reached
    because the provider is down, PushUnavailable propagates so the caller retries. Returns how
    many devices got it."""
    delivered = 0
    unavailable: PushUnavailable | None = None
    for _, token in repo.devices_of(user_id):
        try:
            push.send(device_token=token, title=title, body=body, data=data)
            delivered += 1
        except InvalidDeviceToken:
            repo.device_forget(token=token)
        except PushUnavailable as exc:
            unavailable = exc
        except PushError as exc:
            logger.warning("push to a device of user %s refused: %s", user_id, exc.detail)
    if unavailable is not None and delivered == 0:
        raise unavailable
    return delivered
