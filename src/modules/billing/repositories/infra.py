"""Idempotency keys saved before provider calls, processed webhook events."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction

from modules.billing.models import ProcessedEvent, ProviderRequest


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
