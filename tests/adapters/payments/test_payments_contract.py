"""One contract for every PaymentGateway: the in-memory fake and Stripe (against a local Stripe stub)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.conf import settings

from adapters.payments.fake import FakePaymentGateway
from adapters.payments.stripe_gateway import StripePaymentGateway
from core import errors
from core.money import Money
from core.ports.payments import (
    PaymentDeclined,
    PaymentGateway,
    PaymentRequestInvalid,
    PaymentsUnavailable,
    SubscriptionStatus,
    WebhookSignatureInvalid,
)
from core.webhook_signatures import signature_header
from tests.adapters.payments.stripe_stub import DECLINING_CUSTOMER, StripeStub

SECRET = "whsec_contract_test_secret"


@dataclass
class Harness:
    gateway: PaymentGateway
    go_down: Callable[[], None]
    enable_payouts: Callable[[str], None]
    put_subscription: Callable[[str], str]
    # Make the provider emit an event of this type (as if something happened at Stripe).
    emit_event: Callable[[str], str]
    # A succeeded payment of this amount: (payment intent id, charge id).
    paid_charge: Callable[[Money], tuple[str, str]]
    # The card holder disputes this much of the intent's charge: the dispute id.
    dispute: Callable[[str, Money], str]
    # A subscription invoice paid for the period ending then: the paying intent's id.
    paid_invoice: Callable[[str, Money, datetime], str]


@pytest.fixture(scope="module")
def stripe_stub() -> Iterator[StripeStub]:
    stub = StripeStub().start()
    yield stub
    stub.stop()


def _fake() -> Harness:
    fake = FakePaymentGateway(webhook_secret=SECRET)

    def go_down() -> None:
        fake.unavailable = True

    def put_subscription(customer_id: str) -> str:
        return fake.put_subscription(customer_id=customer_id, trial_days=7, period_days=37).id

    def emit_event(type_: str) -> str:
        return fake._emit(type_, {"id": "obj_1", "object": "thing"}).id

    def paid_charge(amount: Money) -> tuple[str, str]:
        intent = fake.create_payment_intent(
            amount=amount, customer_id=None, metadata={}, idempotency_key=f"pi-{time.time_ns()}"
        )
        fake.pay_intent(intent.id)
        return intent.id, fake.charge_of(intent.id).id

    def dispute(payment_intent_id: str, amount: Money) -> str:
        fake.open_dispute(payment_intent_id, amount=amount)
        return fake.events[-1].data_object["id"]

    def paid_invoice(subscription_id: str, amount: Money, period_end: datetime) -> str:
        fake.pay_invoice(subscription_id=subscription_id, amount=amount, period_end=period_end)
        return next(reversed(fake.invoices))

    return Harness(
        fake,
        go_down,
        lambda acct: fake.complete_onboarding(acct) and None,
        put_subscription,
        emit_event,
        paid_charge,
        dispute,
        paid_invoice,
    )


def _stripe(stub: StripeStub) -> Harness:
    stub.fail_with_status = None
    gateway = StripePaymentGateway(
        api_key="sk_test_contract",
        webhook_secret=SECRET,
        api_version=settings.STRIPE_API_VERSION,
        api_base=stub.url,
        max_network_retries=0,
    )

    def go_down() -> None:
        stub.fail_with_status = 500

    def enable_payouts(account_id: str) -> None:
        stub.objects[account_id].update(payouts_enabled=True, details_submitted=True)

    def put_subscription(customer_id: str) -> str:
        now = int(time.time())
        sub_id = f"sub_{now}_{len(stub.objects)}"
        # API 2025-03-31+ shape: the period end lives on the items, not the subscription.
        stub.put(
            {
                "id": sub_id,
                "object": "subscription",
                "customer": customer_id,
                "status": "trialing",
                "trial_end": now + 7 * 86400,
                "cancel_at_period_end": False,
                "items": {
                    "object": "list",
                    "data": [{"id": "si_1", "object": "subscription_item", "current_period_end": now + 37 * 86400}],
                },
            }
        )
        return sub_id

    def emit_event(type_: str) -> str:
        event_id = f"evt_{time.time_ns()}"
        stub.events.append(
            {
                "id": event_id,
                "object": "event",
                "type": type_,
                "created": int(time.time()),
                "data": {"object": {"id": "obj_1", "object": "thing"}},
            }
        )
        return event_id

    def paid_charge(amount: Money) -> tuple[str, str]:
        token = time.time_ns()
        intent = stub.put(
            {
                "id": f"pi_{token}",
                "object": "payment_intent",
                "amount": amount.amount_minor,
                "currency": amount.currency,
                "status": "succeeded",
                "latest_charge": f"ch_{token}",
                "metadata": {},
            }
        )
        stub.put(
            {
                "id": f"ch_{token}",
                "object": "charge",
                "amount": amount.amount_minor,
                "amount_captured": amount.amount_minor,
                "amount_refunded": 0,
                "currency": amount.currency,
                "payment_intent": intent["id"],
                "refunded": False,
                "status": "succeeded",
            }
        )
        return intent["id"], f"ch_{token}"

    def dispute(payment_intent_id: str, amount: Money) -> str:
        intent = stub.objects[payment_intent_id]
        return stub.put(
            {
                "id": f"dp_{time.time_ns()}",
                "object": "dispute",
                "charge": intent["latest_charge"],
                "payment_intent": payment_intent_id,
                "amount": amount.amount_minor,
                "currency": amount.currency,
                "status": "needs_response",
            }
        )["id"]

    def paid_invoice(subscription_id: str, amount: Money, period_end: datetime) -> str:
        intent_id, _ = paid_charge(amount)
        token = time.time_ns()
        end = int(period_end.timestamp())
        # API 2025-03-31+ shape: the subscription under `parent`, the period on the lines.
        stub.put(
            {
                "id": f"in_{token}",
                "object": "invoice",
                "amount_paid": amount.amount_minor,
                "currency": amount.currency,
                "period_end": end - 30 * 86400,
                "parent": {
                    "type": "subscription_details",
                    "subscription_details": {"subscription": subscription_id},
                },
                "lines": {
                    "object": "list",
                    "data": [{"id": "il_1", "period": {"start": end - 30 * 86400, "end": end}}],
                },
            }
        )
        stub.put(
            {
                "id": f"inpay_{token}",
                "object": "invoice_payment",
                "invoice": f"in_{token}",
                "status": "paid",
                "amount_paid": amount.amount_minor,
                "payment": {"type": "payment_intent", "payment_intent": intent_id},
            }
        )
        return intent_id

    gateway.events_page_size = 2  # so that listing crosses pages
    return Harness(gateway, go_down, enable_payouts, put_subscription, emit_event, paid_charge, dispute, paid_invoice)


@pytest.fixture(params=["fake", "stripe"])
def harness(request: pytest.FixtureRequest) -> Harness:
    if request.param == "fake":
        return _fake()
    return _stripe(request.getfixturevalue("stripe_stub"))


def _customer(harness: Harness, key: str = "cust-1") -> str:
    return harness.gateway.create_customer(
        email="ann@example.com", name="Ann", metadata={"user_id": "7"}, idempotency_key=f"{key}-{time.time_ns()}"
    )


def test_same_idempotency_key_creates_one_customer(harness):
    key = f"customer-{time.time_ns()}"
    first = harness.gateway.create_customer(email="a@example.com", name="A", metadata={}, idempotency_key=key)
    again = harness.gateway.create_customer(email="a@example.com", name="A", metadata={}, idempotency_key=key)
    other = harness.gateway.create_customer(email="a@example.com", name="A", metadata={}, idempotency_key=key + "x")
    assert first == again
    assert other != first


def test_subscription_checkout_and_portal(harness):
    customer = _customer(harness)
    session = harness.gateway.create_subscription_checkout(
        customer_id=customer,
        price_id="price_monthly",
        trial_days=7,
        success_url="https://app/ok",
        cancel_url="https://app/cancel",
        metadata={"user_id": "7"},
        idempotency_key=f"co-{time.time_ns()}",
    )
    assert session.id.startswith("cs_")
    assert session.url.startswith("https://")
    portal = harness.gateway.customer_portal_url(
        customer_id=customer, return_url="https://app/billing", idempotency_key=f"portal-{time.time_ns()}"
    )
    assert portal.startswith("https://")


def test_checkout_for_unknown_customer_is_an_invalid_request(harness):
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.create_subscription_checkout(
            customer_id="cus_nobody",
            price_id="price_x",
            trial_days=0,
            success_url="https://a",
            cancel_url="https://b",
            metadata={},
            idempotency_key=f"co-{time.time_ns()}",
        )


def test_payment_intent_carries_amount_and_metadata(harness):
    customer = _customer(harness)
    intent = harness.gateway.create_payment_intent(
        amount=Money(2500, "usd"),
        customer_id=customer,
        metadata={"booking_id": "42"},
        idempotency_key=f"pi-{time.time_ns()}",
    )
    assert intent.amount == Money(2500, "usd")
    assert intent.metadata == {"booking_id": "42"}
    assert intent.client_secret
    assert intent.status == "requires_payment_method"


def test_partial_then_full_refund_and_no_more(harness):
    intent = harness.gateway.create_payment_intent(
        amount=Money(3000, "eur"), customer_id=None, metadata={}, idempotency_key=f"pi-{time.time_ns()}"
    )
    partial = harness.gateway.refund(
        payment_intent_id=intent.id, amount=Money(1000, "eur"), idempotency_key=f"re1-{time.time_ns()}"
    )
    assert (partial.amount, partial.payment_intent_id, partial.status) == (Money(1000, "eur"), intent.id, "succeeded")
    rest = harness.gateway.refund(
        payment_intent_id=intent.id, amount=Money(2000, "eur"), idempotency_key=f"re2-{time.time_ns()}"
    )
    assert rest.amount == Money(2000, "eur")
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.refund(
            payment_intent_id=intent.id, amount=Money(1, "eur"), idempotency_key=f"re3-{time.time_ns()}"
        )


def test_full_refund_without_amount(harness):
    intent = harness.gateway.create_payment_intent(
        amount=Money(1500, "usd"), customer_id=None, metadata={}, idempotency_key=f"pi-{time.time_ns()}"
    )
    refund = harness.gateway.refund(payment_intent_id=intent.id, amount=None, idempotency_key=f"re-{time.time_ns()}")
    assert refund.amount == Money(1500, "usd")


def test_declined_card_is_payment_declined_a_4xx_rule(harness):
    with pytest.raises(PaymentDeclined) as caught:
        harness.gateway.create_payment_intent(
            amount=Money(1000, "usd"),
            customer_id=DECLINING_CUSTOMER,
            metadata={},
            idempotency_key=f"pi-{time.time_ns()}",
        )
    assert isinstance(caught.value, errors.RuleViolated)
    assert caught.value.extra["decline_code"] == "card_declined"


def test_provider_outage_is_provider_unavailable(harness):
    harness.go_down()
    with pytest.raises(PaymentsUnavailable) as caught:
        harness.gateway.create_customer(
            email="a@example.com", name="A", metadata={}, idempotency_key=f"c-{time.time_ns()}"
        )
    assert isinstance(caught.value, errors.ProviderUnavailable)


def test_subscription_status_and_periods(harness):
    customer = _customer(harness)
    sub_id = harness.put_subscription(customer)
    sub = harness.gateway.get_subscription(subscription_id=sub_id)
    assert (sub.id, sub.customer_id, sub.status, sub.cancel_at_period_end) == (
        sub_id,
        customer,
        SubscriptionStatus.TRIALING,
        False,
    )
    assert sub.trial_end is not None
    assert sub.current_period_end is not None
    assert 36 <= (sub.current_period_end - sub.trial_end).days + 7 <= 37
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.get_subscription(subscription_id="sub_missing")


def test_connect_account_onboarding_and_transfer(harness):
    account = harness.gateway.create_connected_account(
        email="friend@example.com", country="US", metadata={"user_id": "9"}, idempotency_key=f"acct-{time.time_ns()}"
    )
    assert account.id.startswith("acct_")
    assert account.payouts_enabled is False
    link = harness.gateway.account_onboarding_url(
        account_id=account.id,
        refresh_url="https://app/r",
        return_url="https://app/done",
        idempotency_key=f"link-{time.time_ns()}",
    )
    assert link.startswith("https://")
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.transfer(
            amount=Money(800, "usd"),
            destination_account_id=account.id,
            metadata={},
            idempotency_key=f"tr-{time.time_ns()}",
        )
    harness.enable_payouts(account.id)
    assert harness.gateway.get_connected_account(account_id=account.id).payouts_enabled is True
    transfer = harness.gateway.transfer(
        amount=Money(800, "usd"),
        destination_account_id=account.id,
        metadata={"payout": "p1"},
        idempotency_key=f"tr-{time.time_ns()}",
    )
    assert (transfer.amount, transfer.destination_account_id, transfer.metadata) == (
        Money(800, "usd"),
        account.id,
        {"payout": "p1"},
    )


def test_payment_intent_is_read_back_and_cancelled_once(harness):
    intent = harness.gateway.create_payment_intent(
        amount=Money(2000, "usd"),
        customer_id=None,
        metadata={"session_id": "5"},
        idempotency_key=f"pi-{time.time_ns()}",
    )
    again = harness.gateway.get_payment_intent(payment_intent_id=intent.id)
    assert (again.id, again.amount, again.status, again.metadata) == (
        intent.id,
        Money(2000, "usd"),
        "requires_payment_method",
        {"session_id": "5"},
    )
    key = f"cancel-{time.time_ns()}"
    cancelled = harness.gateway.cancel_payment_intent(payment_intent_id=intent.id, idempotency_key=key)
    assert cancelled.status == "canceled"
    # A retried cancel (same key) replays; a new attempt on a cancelled intent is refused.
    assert harness.gateway.cancel_payment_intent(payment_intent_id=intent.id, idempotency_key=key).status == "canceled"
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.cancel_payment_intent(payment_intent_id=intent.id, idempotency_key=key + "-again")
    assert harness.gateway.get_payment_intent(payment_intent_id=intent.id).status == "canceled"
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.get_payment_intent(payment_intent_id="pi_missing")


def test_charge_is_read_back_with_what_was_refunded(harness):
    intent_id, charge_id = harness.paid_charge(Money(3000, "usd"))
    harness.gateway.refund(
        payment_intent_id=intent_id, amount=Money(1000, "usd"), idempotency_key=f"r-{time.time_ns()}"
    )
    charge = harness.gateway.get_charge(charge_id=charge_id)
    assert (charge.id, charge.payment_intent_id, charge.amount, charge.amount_refunded, charge.refunded_minor) == (
        charge_id,
        intent_id,
        Money(3000, "usd"),
        Money(1000, "usd"),
        1000,
    )
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.get_charge(charge_id="ch_missing")


def test_dispute_is_read_back(harness):
    intent_id, charge_id = harness.paid_charge(Money(3000, "usd"))
    dispute_id = harness.dispute(intent_id, Money(2500, "usd"))
    dispute = harness.gateway.get_dispute(dispute_id=dispute_id)
    assert (dispute.id, dispute.charge_id, dispute.payment_intent_id, dispute.amount, dispute.status) == (
        dispute_id,
        charge_id,
        intent_id,
        Money(2500, "usd"),
        "needs_response",
    )
    assert dispute.funds_withdrawn
    with pytest.raises(PaymentRequestInvalid):
        harness.gateway.get_dispute(dispute_id="dp_missing")


def test_the_subscription_invoice_a_payment_paid_is_found(harness):
    period_end = datetime(2031, 5, 1, 12, 0, tzinfo=UTC)
    intent_id = harness.paid_invoice("sub_paid_1", Money(2900, "usd"), period_end)
    invoice = harness.gateway.invoice_paid_by(payment_intent_id=intent_id)
    assert invoice is not None
    assert (invoice.subscription_id, invoice.amount_paid, invoice.period_end) == (
        "sub_paid_1",
        Money(2900, "usd"),
        period_end,
    )
    premium_intent, _ = harness.paid_charge(Money(1000, "usd"))
    assert harness.gateway.invoice_paid_by(payment_intent_id=premium_intent) is None


def test_recent_events_are_listed_oldest_first(harness):
    since = datetime.now(UTC) - timedelta(seconds=5)
    emitted = [harness.emit_event(f"test.event_{i}") for i in range(5)]
    listed = harness.gateway.list_events(created_after=since, limit=100)
    ours = [e.id for e in listed if e.id in emitted]
    assert ours == emitted
    assert [e.type for e in listed if e.id in emitted] == [f"test.event_{i}" for i in range(5)]
    assert len(harness.gateway.list_events(created_after=since, limit=3)) == 3
    assert harness.gateway.list_events(created_after=datetime.now(UTC) + timedelta(minutes=1)) == []


# --- webhooks ----------------------------------------------------------------------------------
def _event_payload(event_id: str = "evt_1") -> bytes:
    event = {
        "id": event_id,
        "object": "event",
        "type": "invoice.paid",
        "created": int(time.time()),
        "data": {"object": {"id": "in_1", "object": "invoice", "subscription": "sub_1"}},
    }
    return json.dumps(event).encode()


def test_webhook_with_a_valid_signature_gives_the_event(harness):
    payload = _event_payload()
    header = signature_header(payload=payload, timestamp=int(time.time()), secret=SECRET)
    event = harness.gateway.verify_webhook(payload=payload, signature_header=header)
    assert (event.id, event.type, event.data_object["id"]) == ("evt_1", "invoice.paid", "in_1")
    assert event.created.tzinfo is not None


def _forged(payload: bytes) -> tuple[bytes, str | None]:
    return payload, signature_header(payload=payload, timestamp=int(time.time()), secret="whsec_attacker")


def _altered(payload: bytes) -> tuple[bytes, str | None]:
    header = signature_header(payload=payload, timestamp=int(time.time()), secret=SECRET)
    return payload.replace(b"sub_1", b"sub_2"), header


def _stale(payload: bytes) -> tuple[bytes, str | None]:
    return payload, signature_header(payload=payload, timestamp=int(time.time()) - 301, secret=SECRET)


def _future(payload: bytes) -> tuple[bytes, str | None]:
    return payload, signature_header(payload=payload, timestamp=int(time.time()) + 3600, secret=SECRET)


def _missing(payload: bytes) -> tuple[bytes, str | None]:
    return payload, None


def _garbled(payload: bytes) -> tuple[bytes, str | None]:
    return payload, "t=abc,v1="


@pytest.mark.parametrize("tamper", [_forged, _altered, _stale, _future, _missing, _garbled])
def test_webhook_with_a_bad_signature_is_refused(harness, tamper: Callable[[bytes], tuple[bytes, Any]]):
    payload, header = tamper(_event_payload())
    with pytest.raises(WebhookSignatureInvalid) as caught:
        harness.gateway.verify_webhook(payload=payload, signature_header=header)
    # Bad input from the caller: answered 4xx at the edge, never a provider 5xx.
    assert isinstance(caught.value, errors.InvalidInput)


# --- Stripe-specific: what goes over the wire ---------------------------------------------------
def test_stripe_sends_our_idempotency_key_and_params(stripe_stub):
    harness = _stripe(stripe_stub)
    customer = _customer(harness)
    harness.gateway.create_subscription_checkout(
        customer_id=customer,
        price_id="price_monthly",
        trial_days=14,
        success_url="https://app/ok",
        cancel_url="https://app/cancel",
        metadata={"user_id": "7"},
        idempotency_key="checkout-user-7-v1",
    )
    sent = stripe_stub.requests[-1]
    assert (sent["method"], sent["path"], sent["idempotency_key"]) == (
        "POST",
        "/v1/checkout/sessions",
        "checkout-user-7-v1",
    )
    assert sent["params"]["subscription_data[trial_period_days]"] == "14"
    assert sent["params"]["line_items[0][price]"] == "price_monthly"
    assert sent["params"]["mode"] == "subscription"


def test_stripe_requests_ask_for_the_api_version_given(stripe_stub):
    # Not the SDK's default nor the account's: the version the adapter was built for.
    gateway = StripePaymentGateway(
        api_key="sk_test_contract",
        webhook_secret=SECRET,
        api_version="2025-03-31.basil",
        api_base=stripe_stub.url,
        max_network_retries=0,
    )
    gateway.create_customer(email="v@example.com", name="V", metadata={}, idempotency_key=f"v-{time.time_ns()}")
    assert stripe_stub.requests[-1]["stripe_version"] == "2025-03-31.basil"


def test_stripe_refuses_to_create_without_an_idempotency_key(stripe_stub):
    harness = _stripe(stripe_stub)
    before = len(stripe_stub.requests)
    with pytest.raises(ValueError):
        harness.gateway.create_customer(email="a@example.com", name="A", metadata={}, idempotency_key="")
    assert len(stripe_stub.requests) == before


def test_events_signed_by_the_fake_verify_with_the_stripe_sdk(stripe_stub):
    fake = FakePaymentGateway(webhook_secret=SECRET)
    payload, header = fake.signed_event(type="account.updated", data_object={"id": "acct_1", "payouts_enabled": True})
    event = _stripe(stripe_stub).gateway.verify_webhook(payload=payload, signature_header=header)
    assert (event.type, event.data_object["payouts_enabled"]) == ("account.updated", True)
