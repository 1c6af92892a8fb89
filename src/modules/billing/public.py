"""What other modules and the entry points may use from billing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from core.identity import Actor
from modules.billing import dependencies
from modules.billing.domain.entitlement import Entitlement
from modules.billing.repositories import personal_data as _personal_data
from modules.billing.repositories.retention import purge_processed_events
from modules.billing.repositories.stats import (
    LedgerTotal,
    PayoutTotal,
    PremiumTotal,
    friend_earnings,
    ledger_totals,
    paid_subscriptions_view,
    payout_totals,
    premium_totals,
    trial_started_view,
)
from modules.billing.services import entitlements, payouts, premium, webhooks
from modules.billing.services.demo import demo_plans_ensure
from modules.billing.services.payouts import PayoutReport
from modules.billing.services.premium import IntentView
from modules.billing.services.webhooks import Outcome, ReconcileReport


def booking_entitlement(*, user_id: int, session_type: str, starts_at: datetime, now: datetime) -> Entitlement:
    """May `user_id` book a `session_type` session starting at `starts_at` on their plan?
    (`premium_available`: if not, may they book it as a premium session, paid once?)"""
    return entitlements.booking_entitlement(user_id=user_id, session_type=session_type, starts_at=starts_at, now=now)


def included_event_seat_consume(
    *, user_id: int, seat_id: int, session_type: str, starts_at: datetime, now: datetime
) -> None:
    """Inside the caller's transaction: a seat at an included-in-plan group event takes one of the
    person's included sessions (RuleViolated `not_entitled` when the plan does not cover it)."""
    entitlements.included_event_seat_consume(
        user_id=user_id, seat_id=seat_id, session_type=session_type, starts_at=starts_at, now=now
    )


def included_event_seat_return(*, seat_id: int, now: datetime) -> bool:
    """Give the included session a seat took back (cancelled in time, or the event was cancelled)."""
    return entitlements.included_event_seat_return(seat_id=seat_id, now=now)


def premium_open_for_seat(
    *, seat_id: int, user_id: int, host_id: int, amount_minor: int, currency: str, now: datetime
) -> datetime:
    """Inside the caller's transaction: the seat of a paid group event waits for a one-off payment,
    like a premium session; when it is settled billing publishes `EventSeatPaymentSettled`. Returns
    the time by which it must be paid."""
    return premium.premium_open_for_seat(
        seat_id=seat_id, user_id=user_id, host_id=host_id, amount_minor=amount_minor, currency=currency, now=now
    ).expires_at


def premium_seat_intent(*, actor: Actor, seat_id: int) -> IntentView:
    """The caller's PaymentIntent for their seat pending payment (NotFound for anyone else's)."""
    return premium.premium_seat_intent(
        actor=actor, seat_id=seat_id, gateway=dependencies.payments(), clock=dependencies.clock()
    )


def premium_seat_give_back(*, seat_id: int, now: datetime) -> None:
    """Inside the caller's transaction: refund a paid seat in full (or close its unpaid payment)."""
    premium.premium_seat_give_back(seat_id=seat_id, now=now)


def premium_seat_drop_unpaid(*, seat_id: int, now: datetime) -> None:
    """Inside the caller's transaction: the seat went without a give-back; an unpaid payment closes."""
    premium.premium_seat_drop_unpaid(seat_id=seat_id, now=now)


def webhook_deliver(*, payload: bytes, signature_header: str | None) -> Outcome:
    """Verify and apply one Stripe webhook delivery (the endpoint and the dev-only fake checkout use this)."""
    return webhooks.webhook_receive(
        payload=payload, signature_header=signature_header, gateway=dependencies.payments(), clock=dependencies.clock()
    )


def refund_settle_run(payment_id: int) -> None:
    premium.premium_refund_settle(payment_id=payment_id, gateway=dependencies.payments(), clock=dependencies.clock())


def intent_cancel_run(payment_id: int) -> None:
    premium.premium_cancel_intent(payment_id=payment_id, gateway=dependencies.payments(), clock=dependencies.clock())


def payout_cycle_run() -> PayoutReport:
    return payouts.payout_cycle(gateway=dependencies.payments(), clock=dependencies.clock())


def premium_expiry_run() -> int:
    return premium.premium_expire_due(gateway=dependencies.payments(), clock=dependencies.clock())


def reconcile_run(*, since: datetime | None = None) -> ReconcileReport:
    return webhooks.reconcile(
        gateway=dependencies.payments(),
        clock=dependencies.clock(),
        since=since,
    )


__all__ = [
    "Entitlement",
    "IntentView",
    "LedgerTotal",
    "Outcome",
    "PayoutReport",
    "PayoutTotal",
    "PremiumTotal",
    "ReconcileReport",
    "booking_entitlement",
    "demo_plans_ensure",
    "friend_earnings",
    "included_event_seat_consume",
    "included_event_seat_return",
    "intent_cancel_run",
    "ledger_totals",
    "paid_subscriptions_view",
    "payout_cycle_run",
    "payout_totals",
    "personal_data_export",
    "premium_expiry_run",
    "premium_open_for_seat",
    "premium_seat_drop_unpaid",
    "premium_seat_give_back",
    "premium_seat_intent",
    "premium_totals",
    "purge_processed_events",
    "reconcile_run",
    "refund_settle_run",
    "trial_started_view",
    "webhook_deliver",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
