from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.sessions import SessionSide
from modules.billing.domain.entitlement import (
    PlanTerms,
    Reason,
    SubscriptionState,
    entitlement_for,
    sessions_paid_for,
)
from modules.billing.domain.refunds import GiveBack, on_cancellation, on_no_show
from modules.billing.domain.trial import normalise_email, trial_key

NOW = datetime(2030, 6, 3, 6, 0, tzinfo=UTC)
PLAN = PlanTerms(frozenset({"text", "video"}), 4)


def _decide(status="active", used=0, kind="video", cancel=False, starts=NOW + timedelta(days=1)):
    sub = SubscriptionState(status, NOW + timedelta(days=10), cancel)
    return entitlement_for(
        subscription=sub, plan=PLAN, used_this_period=used, session_type=kind, starts_at=starts, now=NOW
    )


@pytest.mark.parametrize(
    ("kwargs", "allowed", "reason"),
    [
        ({}, True, Reason.PLAN),
        ({"status": "trialing"}, True, Reason.PLAN),
        ({"status": "past_due"}, False, Reason.SUBSCRIPTION_INACTIVE),
        ({"status": "canceled"}, False, Reason.SUBSCRIPTION_INACTIVE),
        ({"used": 4}, False, Reason.PLAN_EXHAUSTED),
        ({"kind": "voice"}, False, Reason.TYPE_NOT_IN_PLAN),
        ({"cancel": True, "starts": NOW + timedelta(days=11)}, False, Reason.AFTER_SUBSCRIPTION_END),
        ({"cancel": True}, True, Reason.PLAN),
    ],
)
def test_entitlement(kwargs, allowed, reason):
    decision = _decide(**kwargs)
    assert (decision.allowed, decision.reason) == (allowed, reason)


def test_no_subscription_is_not_covered_but_premium_is_possible():
    decision = entitlement_for(
        subscription=None, plan=None, used_this_period=0, session_type="text", starts_at=NOW, now=NOW
    )
    assert (decision.allowed, decision.reason, decision.premium_available) == (False, "no_subscription", True)


def test_refund_policy_follows_cancellation_policy():
    assert on_cancellation(by_side=SessionSide.FRIEND, late=True) == GiveBack.FULL
    assert on_cancellation(by_side=SessionSide.STAFF, late=True) == GiveBack.FULL
    assert on_cancellation(by_side=SessionSide.USER, late=False) == GiveBack.FULL
    assert on_cancellation(by_side=SessionSide.USER, late=True) == GiveBack.NONE
    assert on_no_show(absent_side=SessionSide.FRIEND) == GiveBack.FULL
    assert on_no_show(absent_side=SessionSide.USER) == GiveBack.NONE


@pytest.mark.parametrize(
    "alias", ["Ann.Lee@Gmail.com", "annlee+trial@gmail.com", " annlee@googlemail.com ", "a.n.n.lee+x@gmail.com"]
)
def test_email_aliases_share_one_trial_key(alias):
    assert normalise_email(alias) == "annlee@gmail.com"
    assert trial_key(alias, secret="k") == trial_key("annlee@gmail.com", secret="k")
    assert trial_key(alias, secret="k") != trial_key("other@gmail.com", secret="k")
    # Dots matter outside Gmail.
    assert normalise_email("ann.lee@example.com") != normalise_email("annlee@example.com")


@pytest.mark.parametrize(
    ("paid", "given_back", "sessions"),
    [
        (2900, 0, 4),  # nothing given back: all of them
        (2900, 2900, 0),  # a full refund: none
        (2900, 5000, 0),  # never below none, whatever the figures say
        (2900, 1000, 2),  # 19.00 of 29.00 still pays for 2.6 sessions: 2
        (2900, 1, 3),  # any refund costs at least the session it no longer pays for
        (0, 0, 4),  # a free (trial) period has no invoice to refund
    ],
)
def test_a_refunded_period_keeps_the_sessions_still_paid_for(paid, given_back, sessions):
    assert sessions_paid_for(sessions_per_period=4, paid_minor=paid, given_back_minor=given_back) == sessions
