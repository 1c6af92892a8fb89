"""Premium sessions (pay once, confirmed or released), included sessions given back, refunds by
the cancellation policy, the friends' ledger and payouts, and who may see what."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from core.money import Money
from modules.billing.models import IncludedSessionUse, LedgerEntry, Payout, PremiumPayment
from modules.billing.public import payout_cycle_run, premium_expiry_run
from modules.booking.models import Session
from modules.moderation.models import AuditEntry
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.billing.conftest import call, deliver
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def friend():
    friend = FriendFactory()
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    return friend


def _book(client, user, friend, hours=4, pay=False, kind="video"):
    body = {
        "friend_id": friend.pk,
        "session_type": kind,
        "start": (NOW + timedelta(hours=hours)).isoformat(),
        "duration_minutes": 60,
    }
    if pay:
        body["pay_per_session"] = True
    return call(client, "POST", "/api/sessions", user, body)


def _premium(client, stripe, user, friend, **kw):
    booked = _book(client, user, friend, pay=True, **kw)
    assert booked.status_code == 201, booked.content
    session = booked.json()
    intent = call(client, "POST", f"/api/payments/premium/{session['id']}/intent", user)
    assert intent.status_code == 200, intent.content
    return session["id"], intent.json()


def _status(session_id):
    return Session.objects.get(pk=session_id).status


def test_unsubscribed_user_is_refused_unless_they_choose_to_pay(client, stripe, friend):
    user = UserFactory()
    refused = _book(client, user, friend)
    assert (refused.status_code, refused.json()["code"]) == (422, "not_entitled")
    assert refused.json()["entitlement"] == "no_subscription"
    assert not Session.objects.exists()
    session_id, intent = _premium(client, stripe, user, friend)
    assert _status(session_id) == "pending_payment"
    assert (intent["amount_minor"], intent["currency"]) == (3000, "usd")
    # Asking again (a retry, a double tap) gives the same intent: one PaymentIntent at Stripe.
    again = call(client, "POST", f"/api/payments/premium/{session_id}/intent", user).json()
    assert again["payment_intent_id"] == intent["payment_intent_id"]
    assert len(stripe.intents) == 1
    # The pending session holds its slot.
    other = _book(client, UserFactory(), friend, pay=True)
    assert other.status_code == 409


def test_paid_premium_session_is_confirmed(client, stripe, friend):
    user = UserFactory()
    session_id, intent = _premium(client, stripe, user, friend)
    responses = deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    assert responses[0].json()["outcome"] == "applied"
    assert _status(session_id) == "booked"
    assert PremiumPayment.objects.get().status == "succeeded"
    mine = call(client, "GET", "/api/payments/payments", user).json()
    assert [(p["session_id"], p["status"]) for p in mine["items"]] == [(session_id, "succeeded")]
    assert call(client, "GET", "/api/payments/payments", UserFactory()).json()["items"] == []


def test_failed_payment_releases_the_slot(client, stripe, friend, django_capture_on_commit_callbacks):
    user = UserFactory()
    session_id, intent = _premium(client, stripe, user, friend)
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"], succeed=False))
    assert _status(session_id) == "cancelled"
    assert stripe.intents[intent["payment_intent_id"]].status == "canceled"  # can no longer be paid
    assert _book(client, UserFactory(), friend, pay=True).status_code == 201  # the slot is free again


def test_unpaid_premium_session_expires_and_late_money_is_refunded(
    client, stripe, friend, clock, django_capture_on_commit_callbacks
):
    user = UserFactory()
    session_id, intent = _premium(client, stripe, user, friend)
    pi = intent["payment_intent_id"]
    # The customer pays at Stripe but the webhook is late; meanwhile the window closes.
    stripe.intents[pi] = replace(stripe.intents[pi], status="processing")
    clock.advance(timedelta(minutes=16))
    assert premium_expiry_run() == 1
    assert _status(session_id) == "cancelled"
    stripe.intents[pi] = replace(stripe.intents[pi], status="requires_action")
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, stripe, stripe.pay_intent(pi))
    payment = PremiumPayment.objects.get()
    assert (payment.status, payment.refunded_minor) == ("refunded", 3000)
    assert [r.amount.amount_minor for r in stripe.refunds.values()] == [3000]
    assert _status(session_id) == "cancelled"


def test_friend_cancelling_a_paid_session_refunds_it_in_full(
    client, stripe, friend, django_capture_on_commit_callbacks
):
    user = UserFactory()
    session_id, intent = _premium(client, stripe, user, friend)
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = call(client, "POST", f"/api/sessions/{session_id}/cancel", friend, {"reason": "ill"})
    assert cancelled.status_code == 200
    assert [r.amount.amount_minor for r in stripe.refunds.values()] == [3000]
    assert PremiumPayment.objects.get().status == "refunded"


def test_included_sessions_are_consumed_limited_and_given_back_on_time(client, stripe, friend, clock):
    user = SubscriberFactory()  # 4 included sessions
    ids = [_book(client, user, friend, hours=4 + 2 * i).json()["id"] for i in range(4)]
    fifth = _book(client, user, friend, hours=20)
    assert (fifth.status_code, fifth.json()["entitlement"]) == (422, "plan_exhausted")
    assert IncludedSessionUse.objects.filter(returned_at__isnull=True).count() == 4
    # In time (more than 2 h before): the session comes back.
    assert call(client, "POST", f"/api/sessions/{ids[3]}/cancel", user, {"reason": "x"}).status_code == 200
    assert call(client, "GET", "/api/payments/subscription", user).json()["remaining_sessions"] == 1
    # The friend cancels inside the notice window: it comes back too.
    clock.advance(timedelta(hours=3))
    assert call(client, "POST", f"/api/sessions/{ids[0]}/cancel", friend, {"reason": "x"}).status_code == 200
    assert call(client, "GET", "/api/payments/subscription", user).json()["remaining_sessions"] == 2


def _complete(session_id, friend, clock):
    from core.identity import Actor, Role
    from modules.booking.services.lifecycle import session_complete

    Session.objects.filter(pk=session_id).update(status="in_progress")
    session_complete(actor=Actor(friend.pk, Role.FRIEND), session_id=session_id, clock=clock)


def test_ledger_payouts_and_claw_back(client, stripe, friend, clock, django_capture_on_commit_callbacks):
    manager = UserFactory(role="manager", is_staff=True)
    session_id, intent = _premium(client, stripe, UserFactory(), friend)
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    _complete(session_id, friend, clock)
    earnings = call(client, "GET", "/api/payments/earnings", friend).json()
    assert earnings["balances"] == [
        {"currency": "usd", "balance_minor": 2400, "available_minor": 0, "pending_minor": 2400}
    ]
    line = earnings["items"][0]
    assert (line["kind"], line["session_id"], line["charge_ref"]) == (
        "earning",
        session_id,
        intent["payment_intent_id"],
    )
    # No connected account yet: nothing is paid out. Onboarding, then the hold period passes.
    onboarding = call(client, "POST", "/api/payments/connect/onboarding", friend)
    assert onboarding.status_code == 200
    assert payout_cycle_run().paid == 0
    account = next(iter(stripe.accounts))
    deliver(client, stripe, [stripe.complete_onboarding(account) and stripe.events[-1]])
    clock.advance(timedelta(days=8))
    assert payout_cycle_run().paid == 1
    assert payout_cycle_run().paid == 0  # nothing left: one payout, one transfer
    assert [t.amount.amount_minor for t in stripe.transfers.values()] == [2400]
    # A refund after the payout: the friend's share is debited at once and taken from the next payout.
    with django_capture_on_commit_callbacks(execute=True):
        refund = call(client, "POST", "/api/payments/refunds", manager, {"session_id": session_id})
    assert refund.status_code == 201
    audited = AuditEntry.objects.get(action="payment.refund")
    assert (audited.actor_id, audited.target_type) == (manager.pk, "premium_payment")
    balance = call(client, "GET", "/api/payments/earnings", friend).json()["balances"][0]
    assert (balance["balance_minor"], balance["available_minor"]) == (-2400, -2400)
    assert payout_cycle_run().paid == 0
    # The friend's balance is the sum of their ledger rows; every journal balances.
    from django.db.models import Sum

    rows = LedgerEntry.objects.filter(friend=friend, account="friend").aggregate(s=Sum("amount_minor"))["s"]
    assert rows == balance["balance_minor"]
    for journal in set(LedgerEntry.objects.values_list("journal", flat=True)):
        assert LedgerEntry.objects.filter(journal=journal).aggregate(s=Sum("amount_minor"))["s"] == 0
    payouts = call(client, "GET", "/api/payments/payouts", friend).json()
    assert [(p["amount_minor"], p["status"]) for p in payouts["items"]] == [(2400, "paid")]


def test_small_balances_wait_and_refused_transfers_are_reversed(client, stripe, friend, clock):
    user = SubscriberFactory()
    friend.friend_profile.prices_minor = {"text": 500, "voice": 500, "video": 500}
    friend.friend_profile.save()
    first, *later = [_book(client, user, friend, hours=4 + 2 * i).json()["id"] for i in range(3)]
    _complete(first, friend, clock)  # plan session: earns 4.00, below the 10.00 minimum
    call(client, "POST", "/api/payments/connect/onboarding", friend)
    account = next(iter(stripe.accounts))
    stripe.complete_onboarding(account)
    deliver(client, stripe, stripe.events[-1:])
    clock.advance(timedelta(days=8))
    assert payout_cycle_run().paid == 0
    assert LedgerEntry.objects.get(account="friend").charge_ref.startswith("sub_test_")
    for session_id in later:
        _complete(session_id, friend, clock)
    clock.advance(timedelta(days=8))
    stripe.accounts[account] = replace(stripe.accounts[account], payouts_enabled=False)  # Stripe now refuses
    assert payout_cycle_run().failed == 1
    assert Payout.objects.get().status == "failed"
    balance = call(client, "GET", "/api/payments/earnings", friend).json()["balances"][0]
    assert balance["available_minor"] == 1200  # the debit was reversed: still owed


def test_nobody_sees_anyone_elses_earnings(client, stripe, friend, clock):
    session_id, intent = _premium(client, stripe, UserFactory(), friend)
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    _complete(session_id, friend, clock)
    other = FriendFactory()
    assert call(client, "GET", "/api/payments/earnings", other).json() == {
        "balances": [],
        "items": [],
        "total": 0,
        "limit": 20,
        "offset": 0,
    }
    assert call(client, "GET", "/api/payments/payouts", other).json()["items"] == []
    assert call(client, "GET", "/api/payments/earnings", UserFactory()).status_code == 403
    # Someone else's premium session cannot be paid (or even seen) by a stranger.
    assert call(client, "POST", f"/api/payments/premium/{session_id}/intent", UserFactory()).status_code == 404


def _paid_and_completed(client, stripe, friend, clock):
    session_id, intent = _premium(client, stripe, UserFactory(), friend)
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    _complete(session_id, friend, clock)
    return session_id, intent["payment_intent_id"]


def _friend_balance(client, friend):
    return call(client, "GET", "/api/payments/earnings", friend).json()["balances"][0]["balance_minor"]


def test_refunds_made_outside_the_platform_are_debited_once(client, stripe, friend, clock):
    session_id, intent_id = _paid_and_completed(client, stripe, friend, clock)
    assert _friend_balance(client, friend) == 2400

    # Half refunded from Stripe's dashboard, then the rest; each event (and its replay) counts once.
    stripe.refund(payment_intent_id=intent_id, amount=Money(1500, "usd"), idempotency_key="dashboard-1")
    assert [r.status_code for r in deliver(client, stripe, stripe.events[-1:] * 2)] == [200, 200]
    assert _friend_balance(client, friend) == 1200
    stripe.refund(payment_intent_id=intent_id, amount=None, idempotency_key="dashboard-2")
    assert deliver(client, stripe, stripe.events[-1:])[0].status_code == 200
    assert _friend_balance(client, friend) == 0
    payment = PremiumPayment.objects.get(session_id=session_id)
    assert (payment.status, payment.refunded_minor) == ("refunded", 3000)


def test_a_chargeback_takes_back_the_friends_share_once(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    dispute = stripe.open_dispute(intent_id)
    for _ in range(2):
        assert deliver(client, stripe, dispute)[0].status_code == 200
    assert _friend_balance(client, friend) == 0
    assert PremiumPayment.objects.get().disputed is True
