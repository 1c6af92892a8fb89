"""Refund and dispute webhooks move money only by what Stripe says now, never by the event body.

Every event here is validly signed, but its body lies (a refund that never happened, an amount
larger than what was paid, a status that is not the dispute's): the effect must follow the
charge or dispute re-read from Stripe, never debit more than was paid, and happen once.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import timedelta

import pytest

from adapters.payments.fake import charge_object, dispute_object
from core.money import Money
from core.ports.payments import Dispute
from core.webhook_signatures import signature_header
from modules.billing.models import LedgerEntry, PremiumPayment
from modules.billing.public import payout_cycle_run
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.billing.conftest import call, deliver
from tests.modules.billing.endpoints.test_premium_and_earnings import _complete, _premium
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def friend():
    friend = FriendFactory()
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    return friend


def _paid_and_completed(client, stripe, friend, clock, hours=4):
    session_id, intent = _premium(client, stripe, UserFactory(), friend, hours=hours)
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    _complete(session_id, friend, clock)
    return session_id, intent["payment_intent_id"]


def _balance(client, friend):
    return call(client, "GET", "/api/payments/earnings", friend).json()["balances"][0]


def _post(client, payload, header):
    return client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )


def _lying(client, stripe, type_, body, *, event_id=None):
    """Deliver a validly signed event of `type_` whose body is `body` (whatever it claims)."""
    payload, header = stripe.signed_event(type=type_, data_object=body, event_id=event_id)
    response = _post(client, payload, header)
    assert response.status_code == 200, response.content
    return payload, header


def _payment():
    return PremiumPayment.objects.get()


def test_a_refund_that_never_happened_at_stripe_changes_nothing(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    charge = stripe.charge_of(intent_id)
    invented = {**charge_object(charge), "amount_refunded": 3000, "refunded": True}

    _lying(client, stripe, "charge.refunded", invented)

    assert _balance(client, friend)["balance_minor"] == 2400
    payment = _payment()
    assert (payment.status, payment.refunded_minor, payment.refund_requested_minor) == ("succeeded", 0, 0)
    assert not LedgerEntry.objects.filter(kind="refund").exists()


def test_a_dashboard_refund_counts_what_stripe_says_once(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    stripe.refund(payment_intent_id=intent_id, amount=Money(1000, "usd"), idempotency_key="dashboard-1")
    real = stripe.events[-1]
    assert real.type == "charge.refunded"

    # The body claims the whole payment (and more) came back: only the 10.00 Stripe has counts.
    overstated = {**real.data_object, "amount_refunded": 999_999, "amount": 999_999}
    payload, header = _lying(client, stripe, "charge.refunded", overstated, event_id=real.id)
    assert _balance(client, friend)["balance_minor"] == 2400 - 800
    payment = _payment()
    assert (payment.status, payment.refunded_minor) == ("succeeded", 1000)

    # The same delivery again, and the true event under another id: no second effect.
    assert _post(client, payload, header).json()["outcome"] == "duplicate"
    _lying(client, stripe, "charge.refunded", real.data_object)
    assert _balance(client, friend)["balance_minor"] == 1600

    # The rest is refunded; this body understates it: Stripe's total (30.00) counts.
    stripe.refund(payment_intent_id=intent_id, amount=Money(2000, "usd"), idempotency_key="dashboard-2")
    _lying(client, stripe, "charge.refunded", {**stripe.events[-1].data_object, "amount_refunded": 1000})
    assert _balance(client, friend)["balance_minor"] == 0
    payment = _payment()
    assert (payment.status, payment.refunded_minor) == ("refunded", 3000)
    assert LedgerEntry.objects.filter(kind="refund", account="revenue").count() == 2


def test_a_refund_after_a_payout_is_clawed_back_from_the_next_one(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    call(client, "POST", "/api/payments/connect/onboarding", friend)
    stripe.complete_onboarding(next(iter(stripe.accounts)))
    deliver(client, stripe, stripe.events[-1:])
    clock.advance(timedelta(days=8))
    assert payout_cycle_run().paid == 1
    assert [t.amount.amount_minor for t in stripe.transfers.values()] == [2400]

    stripe.refund(payment_intent_id=intent_id, amount=None, idempotency_key="dashboard-full")
    refunded = stripe.events[-1]
    _lying(client, stripe, "charge.refunded", {**refunded.data_object, "amount_refunded": 1}, event_id=refunded.id)

    balance = _balance(client, friend)
    assert (balance["balance_minor"], balance["available_minor"]) == (-2400, -2400)
    assert payout_cycle_run().paid == 0
    # New earnings first cover what is owed: 24.00 earned, 0 left to pay out.
    _paid_and_completed(client, stripe, friend, clock, hours=8 * 24 + 4)
    clock.advance(timedelta(days=8))
    assert _balance(client, friend)["available_minor"] == 0
    assert payout_cycle_run().paid == 0
    assert len(stripe.transfers) == 1


def test_a_dispute_takes_back_what_stripe_withdrew_and_a_won_one_gives_it_back(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    created = stripe.open_dispute(intent_id, amount=Money(1000, "usd"))[0]

    lie = {**created.data_object, "amount": 999_999}
    payload, header = _lying(client, stripe, "charge.dispute.created", lie, event_id=created.id)
    assert _balance(client, friend)["balance_minor"] == 1600
    assert _payment().disputed is True
    # A replay, and another event about the same dispute: taken once.
    assert _post(client, payload, header).json()["outcome"] == "duplicate"
    _lying(client, stripe, "charge.dispute.updated", lie)
    assert _balance(client, friend)["balance_minor"] == 1600

    closed = stripe.close_dispute(created.data_object["id"], won=True)[0]
    _lying(client, stripe, "charge.dispute.closed", {**closed.data_object, "status": "lost"}, event_id=closed.id)
    assert _balance(client, friend)["balance_minor"] == 2400
    assert _payment().disputed is False
    _lying(client, stripe, "charge.dispute.funds_reinstated", closed.data_object)
    assert _balance(client, friend)["balance_minor"] == 2400


def test_a_won_dispute_seen_before_its_creation_moves_nothing(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    created = stripe.open_dispute(intent_id)[0]
    closed = stripe.close_dispute(created.data_object["id"], won=True)[0]
    deliver(client, stripe, [closed, created])
    assert _balance(client, friend)["balance_minor"] == 2400
    assert not LedgerEntry.objects.filter(kind__in=["chargeback", "dispute_won"]).exists()


def test_an_inquiry_moves_no_money_whatever_the_body_says(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    created = stripe.open_dispute(intent_id)[0]
    dispute_id = created.data_object["id"]
    stripe.disputes[dispute_id] = replace(stripe.disputes[dispute_id], status="warning_needs_response")

    _lying(client, stripe, "charge.dispute.created", created.data_object)  # says needs_response

    assert _balance(client, friend)["balance_minor"] == 2400
    assert _payment().disputed is False


def test_refunds_and_disputes_together_never_take_back_more_than_was_paid(client, stripe, friend, clock):
    session_id, intent_id = _paid_and_completed(client, stripe, friend, clock)
    stripe.refund(payment_intent_id=intent_id, amount=Money(1000, "usd"), idempotency_key="dashboard-1")
    deliver(client, stripe, stripe.events[-1:])
    stripe.open_dispute(intent_id, amount=Money(3000, "usd"))
    _lying(client, stripe, "charge.dispute.created", {**stripe.events[-1].data_object, "amount": 10**9})

    assert _balance(client, friend)["balance_minor"] == 0  # not -800: at most the friend's share of 30.00
    returned = LedgerEntry.objects.filter(session_id=session_id, account="revenue", kind__in=["refund", "chargeback"])
    assert sum(returned.values_list("amount_minor", flat=True)) == 3000


def test_an_event_about_a_dispute_stripe_does_not_know_is_retried_not_applied(client, stripe, friend, clock):
    _, intent_id = _paid_and_completed(client, stripe, friend, clock)
    made_up = dispute_object(Dispute("dp_made_up", "ch_made_up", intent_id, Money(3000, "usd"), "lost"))
    payload, header = stripe.signed_event(type="charge.dispute.created", data_object=made_up)
    response = _post(client, payload, header)
    # Stripe says there is no such dispute: nothing is recorded, and the non-2xx makes Stripe retry.
    assert response.status_code == 502
    assert response["Content-Type"].startswith("application/problem+json")
    assert _balance(client, friend)["balance_minor"] == 2400
    assert _payment().disputed is False


# --- the Stripe adapter, its HTTP stubbed where the re-read happens ------------------------------
@pytest.fixture
def stripe_http(settings):
    """The real Stripe adapter behind the payments port, talking HTTP to a local Stripe stub."""
    from adapters.payments.stripe_gateway import StripePaymentGateway
    from entrypoints.container import get_container
    from tests.adapters.payments.stripe_stub import StripeStub

    stub = StripeStub().start()
    gateway = StripePaymentGateway(
        api_key="sk_test_webhooks",
        webhook_secret=settings.STRIPE_WEBHOOK_SECRET,
        api_version=settings.STRIPE_API_VERSION,
        api_base=stub.url,
        max_network_retries=0,
    )
    with get_container().payments.override(gateway):
        yield stub
    stub.stop()


def _signed_now(type_, body, settings, event_id=None):
    """An event signed like Stripe signs it, at the real time (the adapter checks it against time.time())."""
    event = {
        "id": event_id or f"evt_{time.time_ns()}",
        "object": "event",
        "type": type_,
        "created": int(time.time()),
        "data": {"object": body},
    }
    payload = json.dumps(event).encode()
    return payload, signature_header(payload=payload, timestamp=int(time.time()), secret=settings.STRIPE_WEBHOOK_SECRET)


def _paid_over_http(client, stub, friend, clock, settings):
    session_id, intent = _premium(client, None, UserFactory(), friend)
    intent_id = intent["payment_intent_id"]
    stub.objects[intent_id]["status"] = "succeeded"
    charge = stub.put(
        {
            "id": f"ch_{intent_id}",
            "object": "charge",
            "amount": 3000,
            "amount_captured": 3000,
            "amount_refunded": 0,
            "currency": "usd",
            "payment_intent": intent_id,
            "refunded": False,
            "status": "succeeded",
        }
    )
    assert _post(client, *_signed_now("payment_intent.succeeded", stub.objects[intent_id], settings)).status_code == 200
    _complete(session_id, friend, clock)
    return intent_id, charge


def test_stripe_adapter_refund_amounts_come_from_the_charge_read_over_http(
    client, stripe_http, friend, clock, settings
):
    _, charge = _paid_over_http(client, stripe_http, friend, clock, settings)
    assert _balance(client, friend)["balance_minor"] == 2400

    # Nothing refunded at Stripe; the body says everything was.
    lie = {**charge, "amount_refunded": 3000, "refunded": True}
    assert _post(client, *_signed_now("charge.refunded", lie, settings)).status_code == 200
    assert _balance(client, friend)["balance_minor"] == 2400
    assert f"/v1/charges/{charge['id']}" in [r["path"] for r in stripe_http.requests]

    # 10.00 refunded at Stripe (its dashboard); the body claims far more, and is delivered twice.
    stripe_http.objects[charge["id"]]["amount_refunded"] = 1000
    lie = {**charge, "amount_refunded": 10**9, "amount": 10**9}
    payload, header = _signed_now("charge.refunded", lie, settings)
    assert [_post(client, payload, header).status_code for _ in range(2)] == [200, 200]
    assert _balance(client, friend)["balance_minor"] == 1600
    payment = _payment()
    assert (payment.status, payment.refunded_minor) == ("succeeded", 1000)


def test_stripe_adapter_dispute_amount_comes_from_the_dispute_read_over_http(
    client, stripe_http, friend, clock, settings
):
    intent_id, charge = _paid_over_http(client, stripe_http, friend, clock, settings)
    dispute = stripe_http.put(
        {
            "id": "dp_http_1",
            "object": "dispute",
            "charge": charge["id"],
            "payment_intent": intent_id,
            "amount": 500,
            "currency": "usd",
            "status": "needs_response",
        }
    )
    lie = {**dispute, "amount": 10**9}
    assert _post(client, *_signed_now("charge.dispute.created", lie, settings)).status_code == 200
    assert _balance(client, friend)["balance_minor"] == 2400 - 400
    stripe_http.objects["dp_http_1"]["status"] = "won"
    assert (
        _post(client, *_signed_now("charge.dispute.closed", {**dispute, "status": "lost"}, settings)).status_code == 200
    )
    assert _balance(client, friend)["balance_minor"] == 2400
