"""Refunds (and chargebacks) of subscription invoices, made in Stripe's dashboard or by staff.

The period the refunded invoice paid for keeps only the included sessions still paid for
(rounded down); sessions already booked stay booked; friends keep what they earned for
sessions delivered. Amounts are Stripe's, re-read; one refund has one effect.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.payments.fake import charge_object
from core.money import Money
from modules.billing.models import InvoiceGiveBack, LedgerEntry, Subscription
from modules.booking.models import Session
from tests.modules.accounts.factories import FriendFactory
from tests.modules.billing.conftest import call, deliver
from tests.modules.billing.endpoints.test_premium_and_earnings import _book, _complete
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def friend():
    friend = FriendFactory()
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    return friend


@pytest.fixture
def subscriber():
    return SubscriberFactory()  # monthly plan, 4 included sessions, period ends at NOW + 30 days


def _paid_invoice(stripe, user, *, period_end=None):
    """The invoice for the subscriber's current period, paid: the paying intent's id."""
    sub = Subscription.objects.get(user=user)
    invoice = stripe.pay_invoice(
        subscription_id=sub.stripe_subscription_id,
        amount=Money(2900, "usd"),
        period_end=period_end or sub.current_period_end,
    )
    return next(intent for intent, paid in stripe.invoices.items() if paid == invoice)


def _status(client, user):
    body = call(client, "GET", "/api/payments/subscription", user).json()
    return body["included_sessions"], body["remaining_sessions"]


def _refund_at_stripe(client, stripe, intent_id, amount=None, *, key, body_says=None):
    """Refund at Stripe (its dashboard) and deliver the event, its body altered if `body_says`."""
    stripe.refund(payment_intent_id=intent_id, amount=amount, idempotency_key=key)
    event = stripe.events[-1]
    assert event.type == "charge.refunded"
    body = {**event.data_object, "amount_refunded": body_says} if body_says is not None else event.data_object
    payload, header = stripe.signed_event(type=event.type, data_object=body, event_id=event.id)
    response = client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    assert response.status_code == 200, response.content
    return payload, header


def test_a_full_refund_ends_the_included_sessions_of_the_period_it_paid_for(client, stripe, friend, subscriber):
    intent_id = _paid_invoice(stripe, subscriber)
    booked = _book(client, subscriber, friend, hours=4)
    assert booked.status_code == 201
    assert _status(client, subscriber) == (4, 3)

    # The body claims nothing much was refunded: Stripe's charge says all of it.
    payload, header = _refund_at_stripe(client, stripe, intent_id, key="dashboard-1", body_says=1)

    assert _status(client, subscriber) == (0, 0)
    refused = _book(client, subscriber, friend, hours=6)
    assert (refused.status_code, refused.json()["entitlement"]) == (422, "plan_exhausted")
    # What was already booked stays booked; the subscription itself goes on at Stripe.
    assert Session.objects.get(pk=booked.json()["id"]).status == booked.json()["status"]
    assert Subscription.objects.get(user=subscriber).status == "active"
    # Replayed: one record, same figures.
    client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    give_back = InvoiceGiveBack.objects.get()
    assert (give_back.paid_minor, give_back.refunded_minor, give_back.disputed_minor) == (2900, 2900, 0)
    assert _status(client, subscriber) == (0, 0)


def test_a_partial_refund_leaves_the_sessions_still_paid_for_rounded_down(client, stripe, friend, subscriber):
    intent_id = _paid_invoice(stripe, subscriber)
    assert _book(client, subscriber, friend, hours=4).status_code == 201

    # 10.00 of 29.00 back: 19.00 still pays for 4 × 19/29 = 2.6 → 2 sessions; one is used.
    _refund_at_stripe(client, stripe, intent_id, Money(1000, "usd"), key="dashboard-1", body_says=2900)
    assert _status(client, subscriber) == (2, 1)
    assert _book(client, subscriber, friend, hours=6).status_code == 201
    assert _book(client, subscriber, friend, hours=8).status_code == 422

    # The same refund seen again under another event id changes nothing.
    event = stripe.events[-1]
    payload, header = stripe.signed_event(type=event.type, data_object=event.data_object)
    client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    assert InvoiceGiveBack.objects.get().refunded_minor == 1000
    assert _status(client, subscriber) == (2, 0)


def test_a_refund_that_never_happened_at_stripe_changes_nothing(client, stripe, friend, subscriber):
    intent_id = _paid_invoice(stripe, subscriber)
    charge = stripe.charge_of(intent_id)
    lie = {**charge_object(charge), "amount_refunded": 2900, "refunded": True}
    payload, header = stripe.signed_event(type="charge.refunded", data_object=lie)
    response = client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    assert response.status_code == 200
    assert _status(client, subscriber) == (4, 4)


def test_friends_keep_what_they_earned_for_sessions_delivered_in_a_refunded_period(
    client, stripe, friend, subscriber, clock
):
    intent_id = _paid_invoice(stripe, subscriber)
    session_id = _book(client, subscriber, friend, hours=4).json()["id"]
    _complete(session_id, friend, clock)
    earned = sorted(LedgerEntry.objects.values_list("account", "amount_minor"))

    _refund_at_stripe(client, stripe, intent_id, key="dashboard-1")

    assert sorted(LedgerEntry.objects.values_list("account", "amount_minor")) == earned


def test_a_refund_of_an_earlier_periods_invoice_leaves_the_current_period_alone(client, stripe, subscriber):
    current_end = Subscription.objects.get(user=subscriber).current_period_end
    earlier = _paid_invoice(stripe, subscriber, period_end=current_end - timedelta(days=30))
    _refund_at_stripe(client, stripe, earlier, key="dashboard-1")
    assert _status(client, subscriber) == (4, 4)
    assert InvoiceGiveBack.objects.get().period_end == current_end - timedelta(days=30)


def test_a_chargeback_on_the_invoice_counts_while_the_money_is_withdrawn(client, stripe, subscriber):
    intent_id = _paid_invoice(stripe, subscriber)
    opened = stripe.open_dispute(intent_id)
    deliver(client, stripe, opened)
    assert _status(client, subscriber) == (0, 0)
    deliver(client, stripe, stripe.close_dispute(opened[0].data_object["id"], won=True))
    assert _status(client, subscriber) == (4, 4)


def test_a_refund_seen_before_the_subscription_itself_still_counts(client, stripe):
    from tests.modules.accounts.factories import UserFactory
    from tests.modules.billing.factories import PlanFactory

    user, plan = UserFactory(), PlanFactory()
    checkout = call(client, "POST", "/api/payments/checkout", user, {"plan_id": plan.pk}).json()
    subscription_events = stripe.complete_checkout(checkout["checkout_id"])  # not delivered yet
    sub = stripe.subscriptions[subscription_events[0].data_object["id"]]
    invoice = stripe.pay_invoice(subscription_id=sub.id, amount=Money(2900, "usd"), period_end=sub.current_period_end)
    intent_id = next(intent for intent, paid in stripe.invoices.items() if paid == invoice)
    stripe.refund(payment_intent_id=intent_id, amount=None, idempotency_key="dashboard-1")

    deliver(client, stripe, stripe.events[-1:])  # the refund first
    assert _status(client, user) == (0, 0)
    deliver(client, stripe, subscription_events)  # then the subscription's own events
    assert _status(client, user) == (0, 0)
