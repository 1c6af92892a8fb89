"""Read-only figures over billing's tables, for analytics (through billing.public).

Money is reported per currency and never converted. Billing keeps no history of paid
subscription invoices (Stripe does; billing keeps the subscription's current state), so the
funnel's "paid" steps are read from that state: see `paid_subscribers_view`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Case, Count, F, IntegerField, Q, Sum, Value, When

from kit.stats import Period, SqlView, bucket_date, truncated, view_of
from modules.billing.domain.ledger import Account, Kind
from modules.billing.models import LedgerEntry, Payout, PremiumPayment, Subscription

# States a subscription is in before anything was paid for it.
_UNPAID_STATUSES = ("trialing", "incomplete", "incomplete_expired")
# A subscription that moved past its trial into a period of its own, or never had a trial.
PAID_PERIOD = ~Q(status__in=_UNPAID_STATUSES) & (Q(trial_end__isnull=True) | Q(current_period_end__gt=F("trial_end")))


def trial_started_view() -> SqlView:
    """user_id: one row per subscription that had a trial."""
    queryset = Subscription.objects.filter(trial_end__isnull=False).order_by()
    return view_of(queryset, ("user_id",))


def paid_subscriptions_view() -> SqlView:
    """user_id, paid_since, paying: one row per subscription that reached a paid period.

    `paid_since` is its trial's end (NULL without a trial: the reader falls back to the sign-up
    time); `paying` is 1 while it is `active`. Rows, not per-person aggregates, so the reader can
    probe them per person through the (user, status) index."""
    queryset = (
        Subscription.objects.filter(PAID_PERIOD)
        .annotate(
            paid_since=F("trial_end"),
            paying=Case(When(status="active", then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .order_by()
    )
    return view_of(queryset, ("user_id", "paid_since", "paying"))


@dataclass(frozen=True)
class LedgerTotal:
    bucket: date
    currency: str
    kind: str
    account: str
    amount_minor: int
    lines: int


def ledger_totals(*, start: datetime, end: datetime, period: Period) -> list[LedgerTotal]:
    """Sum of ledger lines per period, currency, kind and account (lines written in [start, end))."""
    rows = (
        LedgerEntry.objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(bucket=truncated("created_at", period))
        .values("bucket", "currency", "kind", "account")
        .annotate(amount=Sum("amount_minor"), lines=Count("id"))
        .order_by("bucket", "currency", "kind", "account")
    )
    return [
        LedgerTotal(bucket_date(r["bucket"]), r["currency"], r["kind"], r["account"], int(r["amount"]), r["lines"])
        for r in rows
    ]


@dataclass(frozen=True)
class PremiumTotal:
    bucket: date
    currency: str
    paid: int  # payments that went through (some later refunded or disputed)
    paid_minor: int
    refunded_minor: int
    disputed: int


_WENT_THROUGH = (PremiumPayment.Status.SUCCEEDED, PremiumPayment.Status.REFUND_PENDING, PremiumPayment.Status.REFUNDED)


def premium_totals(*, start: datetime, end: datetime, period: Period) -> list[PremiumTotal]:
    """Premium-session payments that went through, per period of their creation and currency."""
    rows = (
        PremiumPayment.objects.filter(created_at__gte=start, created_at__lt=end, status__in=_WENT_THROUGH)
        .annotate(bucket=truncated("created_at", period))
        .values("bucket", "currency")
        .annotate(
            n=Count("id"),
            paid=Sum("amount_minor"),
            refunded=Sum("refunded_minor"),
            disputed=Count("id", filter=Q(disputed=True)),
        )
        .order_by("bucket", "currency")
    )
    return [
        PremiumTotal(bucket_date(r["bucket"]), r["currency"], r["n"], int(r["paid"]), int(r["refunded"]), r["disputed"])
        for r in rows
    ]


@dataclass(frozen=True)
class PayoutTotal:
    bucket: date
    currency: str
    status: str
    count: int
    amount_minor: int


def payout_totals(*, start: datetime, end: datetime, period: Period) -> list[PayoutTotal]:
    """Payouts per period of their creation, currency and status."""
    rows = (
        Payout.objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(bucket=truncated("created_at", period))
        .values("bucket", "currency", "status")
        .annotate(n=Count("id"), amount=Sum("amount_minor"))
        .order_by("bucket", "currency", "status")
    )
    return [PayoutTotal(bucket_date(r["bucket"]), r["currency"], r["status"], r["n"], int(r["amount"])) for r in rows]


def friend_earnings(*, friend_ids: list[int], start: datetime, end: datetime) -> dict[int, dict[str, int]]:
    """What each friend earned in [start, end) (their ledger lines of kind earning), per currency."""
    rows = (
        LedgerEntry.objects.filter(
            friend_id__in=friend_ids,
            account=Account.FRIEND,
            kind=Kind.EARNING,
            created_at__gte=start,
            created_at__lt=end,
        )
        .values("friend_id", "currency")
        .annotate(amount=Sum("amount_minor"))
        .order_by()
    )
    out: dict[int, dict[str, int]] = {}
    for r in rows:
        out.setdefault(r["friend_id"], {})[r["currency"]] = int(r["amount"])
    return out
