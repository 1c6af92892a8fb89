"""Entitlements: may this person book this session type now, and included-session use."""

from __future__ import annotations

from datetime import datetime

from core.errors import RuleViolated
from modules.billing.domain.entitlement import (
    Entitlement,
    PlanTerms,
    SubscriptionState,
    entitlement_for,
    sessions_paid_for,
)
from modules.billing.repositories import plans as plans_repo
from modules.billing.repositories import subscriptions as repo
from modules.billing.repositories.plans import PlanView
from modules.billing.repositories.subscriptions import SubscriptionView


def period_terms(sub: SubscriptionView, plan: PlanView) -> PlanTerms:
    """The plan's terms for the subscription's current period, less what a refund of the
    invoice that paid for it took away."""
    paid, given_back = repo.given_back_in_period(subscription_id=sub.id, period_end=sub.current_period_end)
    sessions = sessions_paid_for(
        sessions_per_period=plan.sessions_per_period, paid_minor=paid, given_back_minor=given_back
    )
    return PlanTerms(frozenset(plan.session_types), sessions)


def _decide(sub: SubscriptionView | None, *, session_type: str, starts_at: datetime, now: datetime) -> Entitlement:
    plan = plans_repo.plan(sub.plan_id) if sub else None
    state = SubscriptionState(sub.status, sub.current_period_end, sub.cancel_at_period_end) if sub else None
    terms = period_terms(sub, plan) if sub and plan else None
    used = repo.used_in_period(subscription_id=sub.id, period_end=sub.current_period_end) if sub else 0
    return entitlement_for(
        subscription=state, plan=terms, used_this_period=used, session_type=session_type, starts_at=starts_at, now=now
    )


def booking_entitlement(*, user_id: int, session_type: str, starts_at: datetime, now: datetime) -> Entitlement:
    return _decide(repo.current_subscription(user_id), session_type=session_type, starts_at=starts_at, now=now)


def _require_covered(user_id: int, *, session_type: str, starts_at: datetime, now: datetime) -> SubscriptionView:
    """The person's locked subscription, if it covers one more session of this type; else refused."""
    sub = repo.lock_current_subscription(user_id)
    decision = _decide(sub, session_type=session_type, starts_at=starts_at, now=now)
    if sub is None or not decision.allowed or sub.current_period_end is None:
        raise RuleViolated(
            "Your plan does not cover this session any more.",
            code="not_entitled",
            extra={"entitlement": decision.reason, "premium_available": decision.premium_available},
        )
    return sub


def included_event_seat_consume(
    *, user_id: int, seat_id: int, session_type: str, starts_at: datetime, now: datetime
) -> None:
    """A seat at an included-in-plan group event takes one included session, like a booking, inside
    the seat's transaction (the subscription row is locked, so parallel seats and bookings never
    take more than the plan includes)."""
    sub = _require_covered(user_id, session_type=session_type, starts_at=starts_at, now=now)
    assert sub.current_period_end is not None
    repo.consume_for_seat(subscription_id=sub.id, seat_id=seat_id, period_end=sub.current_period_end, at=now)


def included_event_seat_return(*, seat_id: int, now: datetime) -> bool:
    return repo.give_back_seat(seat_id=seat_id, at=now)


def included_session_consume(
    *, user_id: int, session_id: int, session_type: str, starts_at: datetime, now: datetime
) -> None:
    """Take one included session for a booked session, inside the booking's transaction.

    The subscription row is locked and the rule re-checked, so parallel bookings cannot take
    more sessions than the plan includes: the loser's booking is rolled back."""
    sub = _require_covered(user_id, session_type=session_type, starts_at=starts_at, now=now)
    assert sub.current_period_end is not None
    repo.consume(subscription_id=sub.id, session_id=session_id, period_end=sub.current_period_end, at=now)


def included_session_return(*, session_id: int, now: datetime) -> bool:
    return repo.give_back(session_id=session_id, at=now)
