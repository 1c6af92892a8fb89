"""Entitlement rules: may this person book a session of this type now, and does their plan pay for it?

A subscription that is trialing or active covers the session types of its plan, up to the
plan's included sessions per billing period. Anything else can still be booked as a premium
session, paid once, if the person asks for that explicitly (nobody is charged by surprise).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Stripe statuses in which the customer has access. `past_due` is deliberately absent: Stripe is
# retrying a failed payment, and included sessions wait until it succeeds.
COVERING_STATUSES = frozenset({"trialing", "active"})


class Reason(StrEnum):
    PLAN = "plan"
    NO_SUBSCRIPTION = "no_subscription"
    SUBSCRIPTION_INACTIVE = "subscription_inactive"
    TYPE_NOT_IN_PLAN = "type_not_in_plan"
    PLAN_EXHAUSTED = "plan_exhausted"
    AFTER_SUBSCRIPTION_END = "after_subscription_end"


@dataclass(frozen=True)
class PlanTerms:
    session_types: frozenset[str]
    sessions_per_period: int


@dataclass(frozen=True)
class SubscriptionState:
    status: str
    current_period_end: datetime | None
    cancel_at_period_end: bool


@dataclass(frozen=True)
class Entitlement:
    allowed: bool  # the plan covers it: book without paying
    reason: str
    remaining_sessions: int | None = None
    # Not covered, but a one-off payment may cover it (premium session).
    premium_available: bool = True


def sessions_paid_for(*, sessions_per_period: int, paid_minor: int, given_back_minor: int) -> int:
    """The included sessions a period keeps after part of the invoice that paid for it was given
    back (refund or chargeback): the share still paid for, rounded down, so every covered
    session is paid for. A full refund leaves none; no refund leaves them all. Sessions already
    booked stay booked: this only limits new ones."""
    if paid_minor <= 0 or given_back_minor <= 0:
        return sessions_per_period
    kept = max(paid_minor - min(given_back_minor, paid_minor), 0)
    return sessions_per_period * kept // paid_minor


def remaining_sessions(*, plan: PlanTerms, used_this_period: int) -> int:
    return max(plan.sessions_per_period - used_this_period, 0)


def entitlement_for(
    *,
    subscription: SubscriptionState | None,
    plan: PlanTerms | None,
    used_this_period: int,
    session_type: str,
    starts_at: datetime,
    now: datetime,
) -> Entitlement:
    if subscription is None or plan is None:
        return Entitlement(False, Reason.NO_SUBSCRIPTION)
    period_end = subscription.current_period_end
    if subscription.status not in COVERING_STATUSES or period_end is None or period_end <= now:
        return Entitlement(False, Reason.SUBSCRIPTION_INACTIVE)
    left = remaining_sessions(plan=plan, used_this_period=used_this_period)
    if session_type not in plan.session_types:
        return Entitlement(False, Reason.TYPE_NOT_IN_PLAN, left)
    # A subscription that ends at the period's end cannot cover a session after it.
    if subscription.cancel_at_period_end and starts_at >= period_end:
        return Entitlement(False, Reason.AFTER_SUBSCRIPTION_END, left)
    if left <= 0:
        return Entitlement(False, Reason.PLAN_EXHAUSTED, 0)
    return Entitlement(True, Reason.PLAN, left)
