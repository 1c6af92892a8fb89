"""Idempotency keys saved before provider calls, processed webhook events, reminders."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction

from modules.billing.models import ProcessedEvent, ProviderRequest, Reminder


@dataclass(frozen=True)
class PlannedCall:
    key: str
    result: Any | None  # the stored result of a call that already completed


def plan_call(*, purpose: str, scope: str, at: datetime, reuse_for: timedelta) -> PlannedCall:
    """The idempotency key for (purpose, scope), committed before the call is made.

    A call in the last `reuse_for` is reused: if it completed, its result is returned; if it did not
    (timeout, crash), the same key is handed out again, so the retry cannot create a second object.
    Stripe keeps keys for 24 hours, so `reuse_for` must stay below that."""
    with transaction.atomic():
        row = (
            ProviderRequest.objects.filter(purpose=purpose, scope=scope, created_at__gt=at - reuse_for)
            .order_by("-created_at", "-pk")
            .first()
        )
        if row is None:
            row = ProviderRequest.objects.create(
                key=f"{purpose}:{scope}:{secrets.token_hex(8)}", purpose=purpose, scope=scope, created_at=at
            )
    return PlannedCall(row.key, row.result)


def recent_call(*, purpose: str, scope: str, at: datetime, within: timedelta) -> bool:
    return ProviderRequest.objects.filter(purpose=purpose, scope=scope, created_at__gt=at - within).exists()


def complete_call(*, key: str, result: Any, at: datetime) -> None:
    ProviderRequest.objects.filter(key=key).update(result=result, completed_at=at)


def claim_event(*, event_id: str, type: str, created: datetime, at: datetime) -> bool:
    """Record the event inside the caller's transaction; False if it was processed already.

    On PostgreSQL a concurrent delivery of the same event blocks on the unique index until the
    first transaction ends, then fails here: exactly one of them applies the effect."""
    try:
        with transaction.atomic():
            ProcessedEvent.objects.create(event_id=event_id, type=type, created=created, processed_at=at)
    except IntegrityError:
        return False
    return True


def event_processed(event_id: str) -> bool:
    return ProcessedEvent.objects.filter(event_id=event_id).exists()


def last_event_time() -> datetime | None:
    return ProcessedEvent.objects.order_by("-created").values_list("created", flat=True).first()


@dataclass(frozen=True)
class ReminderView:
    id: int
    user_id: int
    kind: str
    title: str
    body: str
    push_sent: bool
    email_sent: bool


def _reminder(r: Reminder) -> ReminderView:
    return ReminderView(
        r.pk, r.user_id, r.kind, r.title, r.body, r.push_sent_at is not None, r.email_sent_at is not None
    )


def create_reminder(*, user_id: int, key: str, kind: str, title: str, body: str, at: datetime) -> ReminderView | None:
    """The new reminder, or None if this one was created before (Stripe announced it twice)."""
    reminder, created = Reminder.objects.get_or_create(
        key=key, defaults={"user_id": user_id, "kind": kind, "title": title, "body": body, "created_at": at}
    )
    return _reminder(reminder) if created else None


def lock_reminder(reminder_id: int) -> ReminderView | None:
    r = Reminder.objects.select_for_update().filter(pk=reminder_id).first()
    return _reminder(r) if r else None


def mark_reminder(reminder_id: int, *, channel: str, at: datetime) -> None:
    Reminder.objects.filter(pk=reminder_id).update(**{f"{channel}_sent_at": at})


def unsent_reminders(*, created_after: datetime, limit: int = 200) -> list[int]:
    from django.db.models import Q

    return list(
        Reminder.objects.filter(Q(push_sent_at__isnull=True) | Q(email_sent_at__isnull=True))
        .filter(created_at__gt=created_after)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
