"""Premium (one-off) payments for sessions outside the plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from modules.billing.models import PremiumPayment

Status = PremiumPayment.Status


@dataclass(frozen=True)
class PremiumView:
    id: int
    session_id: int | None
    user_id: int
    friend_id: int
    amount_minor: int
    currency: str
    status: str
    stripe_payment_intent_id: str | None
    refunded_minor: int
    refund_requested_minor: int
    disputed: bool
    expires_at: datetime
    created_at: datetime
    event_seat_id: int | None = None


def _view(p: PremiumPayment) -> PremiumView:
    return PremiumView(
        id=p.pk,
        session_id=p.session_id,
        user_id=p.user_id,
        friend_id=p.friend_id,
        amount_minor=p.amount_minor,
        currency=p.currency,
        status=p.status,
        stripe_payment_intent_id=p.stripe_payment_intent_id,
        refunded_minor=p.refunded_minor,
        refund_requested_minor=p.refund_requested_minor,
        disputed=p.disputed,
        expires_at=p.expires_at,
        created_at=p.created_at,
        event_seat_id=p.event_seat_id,
    )


def open_payment(
    *,
    session_id: int | None = None,
    event_seat_id: int | None = None,
    user_id: int,
    friend_id: int,
    amount_minor: int,
    currency: str,
    expires_at: datetime,
    at: datetime,
) -> PremiumView:
    key = {"session_id": session_id} if session_id is not None else {"event_seat_id": event_seat_id}
    p, _ = PremiumPayment.objects.get_or_create(
        **key,
        defaults={
            "user_id": user_id,
            "friend_id": friend_id,
            "amount_minor": amount_minor,
            "currency": currency,
            "expires_at": expires_at,
            "created_at": at,
            "updated_at": at,
        },
    )
    return _view(p)


def payment_for_seat(seat_id: int, *, lock: bool = False) -> PremiumView | None:
    qs = PremiumPayment.objects.filter(event_seat_id=seat_id)
    if lock:
        qs = qs.select_for_update()
    p = qs.first()
    return _view(p) if p else None


def payment_for_session(session_id: int, *, lock: bool = False) -> PremiumView | None:
    qs = PremiumPayment.objects.filter(session_id=session_id)
    if lock:
        qs = qs.select_for_update()
    p = qs.first()
    return _view(p) if p else None


def payment_for_intent(payment_intent_id: str, *, lock: bool = False) -> PremiumView | None:
    qs = PremiumPayment.objects.filter(stripe_payment_intent_id=payment_intent_id)
    if lock:
        qs = qs.select_for_update()
    p = qs.first()
    return _view(p) if p else None


def payment(payment_id: int) -> PremiumView | None:
    p = PremiumPayment.objects.filter(pk=payment_id).first()
    return _view(p) if p else None


def lock_payment(payment_id: int) -> PremiumView | None:
    p = PremiumPayment.objects.select_for_update().filter(pk=payment_id).first()
    return _view(p) if p else None


def update(payment_id: int, *, at: datetime, **changes: Any) -> PremiumView:
    PremiumPayment.objects.filter(pk=payment_id).update(updated_at=at, **changes)
    return _view(PremiumPayment.objects.get(pk=payment_id))


def payments_of(user_id: int, *, limit: int, offset: int) -> tuple[list[PremiumView], int]:
    qs = PremiumPayment.objects.filter(user_id=user_id).order_by("-created_at", "-pk")
    return [_view(p) for p in qs[offset : offset + limit]], qs.count()


def expired_awaiting(*, now: datetime, limit: int = 200) -> list[int]:
    return list(
        PremiumPayment.objects.filter(status=Status.AWAITING, expires_at__lte=now)
        .order_by("expires_at")
        .values_list("pk", flat=True)[:limit]
    )


def refunds_owed(*, limit: int = 200) -> list[int]:
    return list(PremiumPayment.objects.filter(status=Status.REFUND_PENDING).values_list("pk", flat=True)[:limit])
