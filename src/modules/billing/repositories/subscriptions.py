"""Customers, trial claims, subscriptions and included-session use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.db.models.functions import Least

from modules.billing.domain.entitlement import COVERING_STATUSES
from modules.billing.models import Customer, IncludedSessionUse, InvoiceGiveBack, Subscription, TrialClaim


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    user_id: int
    plan_id: int
    stripe_subscription_id: str
    status: str
    current_period_end: datetime | None
    trial_end: datetime | None
    cancel_at_period_end: bool


def _view(s: Subscription) -> SubscriptionView:
    return SubscriptionView(
        id=s.pk,
        user_id=s.user_id,
        plan_id=s.plan_id,
        stripe_subscription_id=s.stripe_subscription_id,
        status=s.status,
        current_period_end=s.current_period_end,
        trial_end=s.trial_end,
        cancel_at_period_end=s.cancel_at_period_end,
    )


# --- customers --------------------------------------------------------------------------------
def customer_of(user_id: int) -> str | None:
    return Customer.objects.filter(user_id=user_id).values_list("stripe_customer_id", flat=True).first()


def save_customer(*, user_id: int, stripe_customer_id: str) -> str:
    """Keep the first customer recorded for the user (a concurrent request may have won)."""
    customer, _ = Customer.objects.get_or_create(user_id=user_id, defaults={"stripe_customer_id": stripe_customer_id})
    return customer.stripe_customer_id


def lock_customer(stripe_customer_id: str) -> int | None:
    """The customer's user id, with the customer row locked: changes to one customer's
    subscriptions apply one at a time (PostgreSQL), whatever order Stripe's events arrive in."""
    return (
        Customer.objects.select_for_update()
        .filter(stripe_customer_id=stripe_customer_id)
        .values_list("user_id", flat=True)
        .first()
    )


def user_of_customer(stripe_customer_id: str) -> int | None:
    return Customer.objects.filter(stripe_customer_id=stripe_customer_id).values_list("user_id", flat=True).first()


# --- trial claims -------------------------------------------------------------------------------
def trial_claimed(email_key: str) -> bool:
    return TrialClaim.objects.filter(email_key=email_key).exists()


def claim_trial(*, email_key: str, at: datetime) -> bool:
    """True if this call claimed the trial; False if the person had it already."""
    try:
        with transaction.atomic():
            TrialClaim.objects.create(email_key=email_key, claimed_at=at)
    except IntegrityError:
        return False
    return True


def attach_trial_checkout(*, email_key: str, checkout_id: str) -> None:
    TrialClaim.objects.filter(email_key=email_key).update(stripe_checkout_id=checkout_id)


def release_trial(*, checkout_id: str) -> int:
    """An expired, never completed checkout gives its trial back."""
    deleted, _ = TrialClaim.objects.filter(stripe_checkout_id=checkout_id).delete()
    return deleted


# --- subscriptions --------------------------------------------------------------------------------
def current_subscription(user_id: int) -> SubscriptionView | None:
    """The subscription that matters now: a covering one if any, else the latest."""
    qs = Subscription.objects.filter(user_id=user_id)
    s = qs.filter(status__in=COVERING_STATUSES).order_by("-current_period_end", "-pk").first()
    s = s or qs.order_by("-synced_at", "-pk").first()
    return _view(s) if s else None


def lock_current_subscription(user_id: int) -> SubscriptionView | None:
    """The covering subscription, locked, so two bookings cannot both take the last included session."""
    s = (
        Subscription.objects.select_for_update()
        .filter(user_id=user_id, status__in=COVERING_STATUSES)
        .order_by("-current_period_end", "-pk")
        .first()
    )
    return _view(s) if s else None


def upsert_subscription(
    *,
    user_id: int,
    plan_id: int,
    stripe_subscription_id: str,
    status: str,
    current_period_end: datetime | None,
    trial_end: datetime | None,
    cancel_at_period_end: bool,
    at: datetime,
) -> SubscriptionView:
    s, _ = Subscription.objects.update_or_create(
        stripe_subscription_id=stripe_subscription_id,
        defaults={
            "user_id": user_id,
            "plan_id": plan_id,
            "status": status,
            "current_period_end": current_period_end,
            "trial_end": trial_end,
            "cancel_at_period_end": cancel_at_period_end,
            "synced_at": at,
        },
    )
    return _view(s)


def subscription_by_stripe_id(stripe_subscription_id: str) -> SubscriptionView | None:
    s = Subscription.objects.filter(stripe_subscription_id=stripe_subscription_id).first()
    return _view(s) if s else None


def lock_subscription(stripe_subscription_id: str) -> SubscriptionView | None:
    """The subscription row locked: the same lock bookings take to consume an included session."""
    s = Subscription.objects.select_for_update().filter(stripe_subscription_id=stripe_subscription_id).first()
    return _view(s) if s else None


def subscription(subscription_id: int) -> SubscriptionView | None:
    s = Subscription.objects.filter(pk=subscription_id).first()
    return _view(s) if s else None


# --- included sessions ------------------------------------------------------------------------------
def used_in_period(*, subscription_id: int, period_end: datetime | None) -> int:
    return IncludedSessionUse.objects.filter(
        subscription_id=subscription_id, period_end=period_end, returned_at__isnull=True
    ).count()


def consume(*, subscription_id: int, session_id: int, period_end: datetime, at: datetime) -> bool:
    _, created = IncludedSessionUse.objects.get_or_create(
        session_id=session_id,
        defaults={"subscription_id": subscription_id, "period_end": period_end, "consumed_at": at},
    )
    return created


def consume_for_seat(*, subscription_id: int, seat_id: int, period_end: datetime, at: datetime) -> bool:
    _, created = IncludedSessionUse.objects.get_or_create(
        event_seat_id=seat_id,
        defaults={"subscription_id": subscription_id, "period_end": period_end, "consumed_at": at},
    )
    return created


def give_back_seat(*, seat_id: int, at: datetime) -> bool:
    return bool(
        IncludedSessionUse.objects.filter(event_seat_id=seat_id, returned_at__isnull=True).update(returned_at=at)
    )


def give_back(*, session_id: int, at: datetime) -> bool:
    return bool(
        IncludedSessionUse.objects.filter(session_id=session_id, returned_at__isnull=True).update(returned_at=at)
    )


@dataclass(frozen=True)
class UseView:
    subscription_id: int
    stripe_subscription_id: str
    returned: bool


def use_of(session_id: int) -> UseView | None:
    u = IncludedSessionUse.objects.select_related("subscription").filter(session_id=session_id).first()
    if u is None:
        return None
    return UseView(u.subscription_id, u.subscription.stripe_subscription_id, u.returned_at is not None)


# --- money given back on subscription invoices --------------------------------------------------
def record_give_back(
    *,
    subscription_id: int,
    stripe_charge_id: str,
    stripe_invoice_id: str,
    period_end: datetime | None,
    paid_minor: int,
    currency: str,
    refunded_minor: int | None = None,
    disputed_minor: int | None = None,
    at: datetime,
) -> bool:
    """Record Stripe's current figures for one charge (call under the subscription's lock).

    Refunds only grow (an older figure never lowers a newer one); the disputed amount is the
    dispute's current state (a won dispute gives it back). Both are capped at what was paid.
    True if anything changed."""
    row, _ = InvoiceGiveBack.objects.get_or_create(
        stripe_charge_id=stripe_charge_id,
        defaults={
            "subscription_id": subscription_id,
            "stripe_invoice_id": stripe_invoice_id,
            "period_end": period_end,
            "paid_minor": paid_minor,
            "currency": currency,
            "updated_at": at,
        },
    )
    before = (row.refunded_minor, row.disputed_minor)
    if refunded_minor is not None:
        row.refunded_minor = max(row.refunded_minor, min(refunded_minor, row.paid_minor))
    if disputed_minor is not None:
        row.disputed_minor = max(0, min(disputed_minor, row.paid_minor))
    if (row.refunded_minor, row.disputed_minor) == before:
        return False
    row.updated_at = at
    row.save(update_fields=["refunded_minor", "disputed_minor", "updated_at"])
    return True


def given_back_in_period(*, subscription_id: int, period_end: datetime | None) -> tuple[int, int]:
    """(paid, given back) over the invoices that paid for this period; given back ≤ paid per charge."""
    sums = InvoiceGiveBack.objects.filter(subscription_id=subscription_id, period_end=period_end).aggregate(
        paid=Sum("paid_minor"), back=Sum(Least(F("refunded_minor") + F("disputed_minor"), F("paid_minor")))
    )
    return sums["paid"] or 0, sums["back"] or 0
