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
from datetime import timedelta
from typing import Any

from django.db import transaction

from core.clock import Clock
from core.errors import ProviderUnavailable
from core.ports.email import EmailError, EmailSender
from core.ports.push import InvalidDeviceToken, PushError, PushSender, PushUnavailable
from kit.transactions import after_commit
from modules.notifications.domain.kinds import CONFIGURABLE, NotificationKind, channels_for
from modules.notifications.domain.quiet_hours import quiet_until
from modules.notifications.repositories import outbox as repo
from modules.notifications.repositories import preferences as prefs_repo
from modules.notifications.services import unsubscribe

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
    kind: NotificationKind,
    title: str,
    body: str,
    data: dict[str, Any] | None = None,
    schedule: Callable[[int], None],
    clock: Clock,
    timezone_of: Callable[[int], str],
) -> bool:
    """Queue a notification (idempotent by `key`) on the channels the person chose for `kind`;
    delivery is scheduled after commit, or, inside their quiet hours, when those end (the
    redelivery sweep picks it up then; the in-app copy is readable at once).

    Returns whether it was new (False too when the person turned every channel of `kind` off)."""
    kind = NotificationKind(kind)
    channels = channels_for(kind, prefs_repo.choices_of(user_id))
    if not channels.any:
        return False
    now = clock.now()
    wait = None
    if channels.push:  # only pushes buzz; email alone goes out at once
        hours = prefs_repo.quiet_hours_of(user_id)
        wait = quiet_until(hours, timezone=timezone_of(user_id), now=now) if hours else None
    view, created = repo.enqueue(
        user_id=user_id,
        key=key,
        kind=kind.value,
        title=title,
        body=body,
        data=dict(data or {}),
        send_email=channels.email,
        push=channels.push,
        in_app=channels.in_app,
        not_before=wait,
        first_sweep_at=wait or now + FIRST_ATTEMPT_GRACE,
    )
    if created and wait is None and (channels.push or channels.email):
        after_commit(lambda: schedule(view.id))
    return created


def _email_parts(n: repo.NotificationView) -> tuple[str, dict[str, str]]:
    """The email's text and headers: configurable kinds carry a one-click unsubscribe link."""
    try:
        kind = NotificationKind(n.kind)
    except ValueError:  # a row from before the kinds were fixed
        return n.body, {}
    if kind not in CONFIGURABLE:
        return n.body, {}
    link = unsubscribe.link_for(user_id=n.user_id, kind=kind)
    text = f"{n.body}\n\n--\nYou get this email because of your notification settings. Stop these emails: {link}\n"
    return text, unsubscribe.email_headers(user_id=n.user_id, kind=kind)


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

    for device_id, token in repo.devices_of(n.user_id) if n.push else []:
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
        text, headers = _email_parts(n)
        try:
            email.send(to=address, subject=n.title, text=text, headers=headers)
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


def purge_finished(*, clock: Clock, older_than: timedelta, batch: int, max_batches: int) -> int:
    """Retention: notifications that were dealt with (sent, in-app only, no device, failed) and are
    older than `older_than` leave the outbox and the inbox, read or not. Idempotent."""
    return repo.purge_finished(before=clock.now() - older_than, batch=batch, max_batches=max_batches)
