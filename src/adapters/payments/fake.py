"""In-memory payment gateway that behaves like Stripe where billing can tell the difference.

It keeps what it created (customers, checkouts, intents, refunds, accounts, transfers), replays
the first result for a repeated idempotency key (and refuses a key reused with other
parameters, as Stripe does), and signs webhook events exactly like Stripe's `Stripe-Signature`
header, so webhook handling is tested with real signatures.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from core import webhook_signatures
from core.clock import Clock, SystemClock
from core.money import Money
from core.ports.payments import (
    Charge,
    CheckoutSession,
    ConnectedAccount,
    Dispute,
    PaidInvoice,
    PaymentDeclined,
    PaymentIntent,
    PaymentRequestInvalid,
    PaymentsUnavailable,
    Refund,
    Subscription,
    SubscriptionStatus,
    Transfer,
    WebhookEvent,
    WebhookSignatureInvalid,
)

T = TypeVar("T")
# Payments for this customer id are declined, as Stripe declines its `pm_card_chargeDeclined` test card.
DECLINING_CUSTOMER = "cus_declines"


@dataclass(frozen=True)
class Customer:
    id: str
    email: str
    name: str
    metadata: Mapping[str, str]


@dataclass(frozen=True)
class Checkout:
    session: CheckoutSession
    customer_id: str
    price_id: str
    trial_days: int
    success_url: str
    cancel_url: str
    metadata: Mapping[str, str]


@dataclass
class FakePaymentGateway:
    webhook_secret: str = "whsec_fake"
    clock: Clock = field(default_factory=SystemClock)
    customers: dict[str, Customer] = field(default_factory=dict)
    checkouts: dict[str, Checkout] = field(default_factory=dict)
    intents: dict[str, PaymentIntent] = field(default_factory=dict)
    refunds: dict[str, Refund] = field(default_factory=dict)
    # A charge per paid intent (Stripe's `latest_charge`); refunds and disputes are about charges.
    charges: dict[str, Charge] = field(default_factory=dict)
    disputes: dict[str, Dispute] = field(default_factory=dict)
    # Subscription invoices that were paid, by the intent that paid them.
    invoices: dict[str, PaidInvoice] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    accounts: dict[str, ConnectedAccount] = field(default_factory=dict)
    transfers: dict[str, Transfer] = field(default_factory=dict)
    portal_sessions: list[tuple[str, str]] = field(default_factory=list)
    # Every event "Stripe" emitted, oldest first (what `list_events` serves to reconciliation).
    events: list[WebhookEvent] = field(default_factory=list)
    # Where checkout links point; `make run` points them at the dev-only completion page.
    checkout_base_url: str = "https://checkout.stripe.fake/c/pay"
    # Set to make every call fail as if Stripe were down.
    unavailable: bool = False
    _idempotent: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _id(prefix: str) -> str:
        return f"{prefix}_{secrets.token_hex(8)}"

    def _once(self, key: str, request: Any, create: Callable[[], T]) -> T:
        if self.unavailable:
            raise PaymentsUnavailable("fake Stripe is down")
        if not key:
            raise ValueError("an idempotency key is required for every call that creates something")
        if key in self._idempotent:
            seen_request, result = self._idempotent[key]
            if seen_request != request:
                raise PaymentRequestInvalid("idempotency key reused with different parameters")
            return result
        result = create()
        self._idempotent[key] = (request, result)
        return result

    def _check_up(self) -> None:
        if self.unavailable:
            raise PaymentsUnavailable("fake Stripe is down")

    # --- port ----------------------------------------------------------------------------
    def create_customer(self, *, email: str, name: str, metadata: Mapping[str, str], idempotency_key: str) -> str:
        def create() -> str:
            customer = Customer(self._id("cus"), email, name, dict(metadata))
            self.customers[customer.id] = customer
            return customer.id

        return self._once(idempotency_key, ("customer", email, name, dict(metadata)), create)

    def create_subscription_checkout(
        self,
        *,
        customer_id: str,
        price_id: str,
        trial_days: int,
        success_url: str,
        cancel_url: str,
        metadata: Mapping[str, str],
        idempotency_key: str,
    ) -> CheckoutSession:
        request = ("checkout", customer_id, price_id, trial_days, success_url, cancel_url, dict(metadata))

        def create() -> CheckoutSession:
            self._require_customer(customer_id)
            session_id = self._id("cs_test")
            session = CheckoutSession(id=session_id, url=f"{self.checkout_base_url.rstrip('/')}/{session_id}")
            self.checkouts[session_id] = Checkout(
                session, customer_id, price_id, trial_days, success_url, cancel_url, dict(metadata)
            )
            return session

        return self._once(idempotency_key, request, create)

    def customer_portal_url(self, *, customer_id: str, return_url: str, idempotency_key: str) -> str:
        def create() -> str:
            self._require_customer(customer_id)
            self.portal_sessions.append((customer_id, return_url))
            return f"https://billing.stripe.fake/p/session/{self._id('bps')}"

        return self._once(idempotency_key, ("portal", customer_id, return_url), create)

    def create_payment_intent(
        self, *, amount: Money, customer_id: str | None, metadata: Mapping[str, str], idempotency_key: str
    ) -> PaymentIntent:
        def create() -> PaymentIntent:
            if customer_id == DECLINING_CUSTOMER:
                raise PaymentDeclined("Your card was declined.", extra={"decline_code": "card_declined"})
            if customer_id is not None:
                self._require_customer(customer_id)
            if amount.amount_minor <= 0:
                raise PaymentRequestInvalid("amount must be positive")
            intent_id = self._id("pi")
            intent = PaymentIntent(
                id=intent_id,
                client_secret=f"{intent_id}_secret_{secrets.token_hex(8)}",
                amount=amount,
                status="requires_payment_method",
                metadata=dict(metadata),
            )
            self.intents[intent_id] = intent
            return intent

        return self._once(idempotency_key, ("intent", amount, customer_id, dict(metadata)), create)

    def get_payment_intent(self, *, payment_intent_id: str) -> PaymentIntent:
        self._check_up()
        return self._require_intent(payment_intent_id)

    def cancel_payment_intent(self, *, payment_intent_id: str, idempotency_key: str) -> PaymentIntent:
        def cancel() -> PaymentIntent:
            intent = self._require_intent(payment_intent_id)
            if intent.status in ("succeeded", "canceled"):
                raise PaymentRequestInvalid(f"This PaymentIntent's status is {intent.status}")
            intent = replace(intent, status="canceled")
            self.intents[intent.id] = intent
            self._emit("payment_intent.canceled", _intent_object(intent))
            return intent

        return self._once(idempotency_key, ("cancel_intent", payment_intent_id), cancel)

    def refund(self, *, payment_intent_id: str, amount: Money | None, idempotency_key: str) -> Refund:
        def create() -> Refund:
            intent = self.intents.get(payment_intent_id)
            if intent is None:
                raise PaymentRequestInvalid(f"No such payment_intent: {payment_intent_id}")
            already = sum(
                (r.amount for r in self.refunds.values() if r.payment_intent_id == payment_intent_id),
                Money.zero(intent.amount.currency),
            )
            wanted = amount if amount is not None else intent.amount - already
            if wanted.currency != intent.amount.currency or not wanted.amount_minor > 0:
                raise PaymentRequestInvalid("invalid refund amount")
            if (already + wanted).amount_minor > intent.amount.amount_minor:
                raise PaymentRequestInvalid("refund exceeds the amount charged")
            refund = Refund(id=self._id("re"), payment_intent_id=payment_intent_id, amount=wanted, status="succeeded")
            self.refunds[refund.id] = refund
            charge = self._charge_of_intent(payment_intent_id)
            if charge is not None:
                charge = replace(charge, amount_refunded=charge.amount_refunded + wanted)
                self.charges[charge.id] = charge
                self._emit("charge.refunded", charge_object(charge))
            return refund

        return self._once(idempotency_key, ("refund", payment_intent_id, amount), create)

    def get_charge(self, *, charge_id: str) -> Charge:
        self._check_up()
        charge = self.charges.get(charge_id)
        if charge is None:
            raise PaymentRequestInvalid(f"No such charge: {charge_id}")
        return charge

    def get_dispute(self, *, dispute_id: str) -> Dispute:
        self._check_up()
        dispute = self.disputes.get(dispute_id)
        if dispute is None:
            raise PaymentRequestInvalid(f"No such dispute: {dispute_id}")
        return dispute

    def invoice_paid_by(self, *, payment_intent_id: str) -> PaidInvoice | None:
        self._check_up()
        return self.invoices.get(payment_intent_id)

    def get_subscription(self, *, subscription_id: str) -> Subscription:
        self._check_up()
        subscription = self.subscriptions.get(subscription_id)
        if subscription is None:
            raise PaymentRequestInvalid(f"No such subscription: {subscription_id}")
        return subscription

    def create_connected_account(
        self, *, email: str, country: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> ConnectedAccount:
        def create() -> ConnectedAccount:
            account = ConnectedAccount(id=self._id("acct"), payouts_enabled=False, details_submitted=False)
            self.accounts[account.id] = account
            return account

        return self._once(idempotency_key, ("account", email, country, dict(metadata)), create)

    def account_onboarding_url(
        self, *, account_id: str, refresh_url: str, return_url: str, idempotency_key: str
    ) -> str:
        def create() -> str:
            self._require_account(account_id)
            return f"https://connect.stripe.fake/setup/e/{account_id}/{secrets.token_hex(6)}"

        return self._once(idempotency_key, ("account_link", account_id, refresh_url, return_url), create)

    def get_connected_account(self, *, account_id: str) -> ConnectedAccount:
        self._check_up()
        return self._require_account(account_id)

    def transfer(
        self, *, amount: Money, destination_account_id: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> Transfer:
        def create() -> Transfer:
            account = self._require_account(destination_account_id)
            if not account.payouts_enabled:
                raise PaymentRequestInvalid("the destination account cannot receive payouts yet")
            transfer = Transfer(self._id("tr"), destination_account_id, amount, dict(metadata))
            self.transfers[transfer.id] = transfer
            return transfer

        return self._once(idempotency_key, ("transfer", amount, destination_account_id, dict(metadata)), create)

    def list_events(self, *, created_after: datetime, limit: int = 100) -> list[WebhookEvent]:
        self._check_up()
        return [e for e in self.events if e.created > created_after][-limit:]

    def verify_webhook(self, *, payload: bytes, signature_header: str | None) -> WebhookEvent:
        try:
            webhook_signatures.verify(
                payload=payload,
                header=signature_header,
                secret=self.webhook_secret,
                now=int(self.clock.now().timestamp()),
                tolerance=webhook_signatures.DEFAULT_TOLERANCE_SECONDS,
            )
        except webhook_signatures.SignatureMismatch as exc:
            raise WebhookSignatureInvalid("The Stripe-Signature header does not match the payload") from exc
        try:
            event = json.loads(payload)
            return WebhookEvent(
                id=event["id"],
                type=event["type"],
                created=datetime.fromtimestamp(event["created"], UTC),
                data_object=event["data"]["object"],
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise WebhookSignatureInvalid("The webhook payload is not a Stripe event") from exc

    # --- test and development controls --------------------------------------------------------
    def complete_onboarding(self, account_id: str) -> ConnectedAccount:
        account = replace(self._require_account(account_id), payouts_enabled=True, details_submitted=True)
        self.accounts[account_id] = account
        self._emit(
            "account.updated",
            {"id": account.id, "object": "account", "payouts_enabled": True, "details_submitted": True},
        )
        return account

    def put_subscription(
        self,
        *,
        customer_id: str,
        status: SubscriptionStatus = SubscriptionStatus.TRIALING,
        trial_days: int = 7,
        period_days: int = 30,
        cancel_at_period_end: bool = False,
        price_id: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Subscription:
        now = self.clock.now()
        subscription = Subscription(
            id=self._id("sub"),
            customer_id=customer_id,
            status=status,
            current_period_end=now + timedelta(days=period_days),
            trial_end=now + timedelta(days=trial_days) if trial_days else None,
            cancel_at_period_end=cancel_at_period_end,
            price_id=price_id,
            metadata=dict(metadata or {}),
        )
        self.subscriptions[subscription.id] = subscription
        return subscription

    def signed_event(
        self, *, type: str, data_object: Mapping[str, Any], event_id: str | None = None, signed_at: int | None = None
    ) -> tuple[bytes, str]:
        """(payload, Stripe-Signature header) for an event, signed the way Stripe signs it."""
        now = int(self.clock.now().timestamp())
        event = {
            "id": event_id or self._id("evt"),
            "object": "event",
            "type": type,
            "created": now,
            "livemode": False,
            "data": {"object": dict(data_object)},
        }
        return self._sign(event, signed_at=signed_at)

    def sign(self, event: WebhookEvent) -> tuple[bytes, str]:
        """(payload, Stripe-Signature header) of an event this fake emitted, to deliver to the webhook."""
        return self._sign(
            {
                "id": event.id,
                "object": "event",
                "type": event.type,
                "created": int(event.created.timestamp()),
                "livemode": False,
                "data": {"object": dict(event.data_object)},
            }
        )

    def _sign(self, event: Mapping[str, Any], *, signed_at: int | None = None) -> tuple[bytes, str]:
        payload = json.dumps(event).encode()
        now = int(self.clock.now().timestamp())
        header = webhook_signatures.signature_header(
            payload=payload, timestamp=signed_at if signed_at is not None else now, secret=self.webhook_secret
        )
        return payload, header

    def _emit(self, type: str, data_object: Mapping[str, Any]) -> WebhookEvent:
        event = WebhookEvent(id=self._id("evt"), type=type, created=self.clock.now(), data_object=dict(data_object))
        self.events.append(event)
        return event

    # What the customer or Stripe does on its side; each returns the events Stripe would send.
    def complete_checkout(self, session_id: str) -> list[WebhookEvent]:
        """The customer finishes Checkout: a subscription exists (trialing when the checkout had trial days)."""
        checkout = self.checkouts.get(session_id)
        if checkout is None:
            raise PaymentRequestInvalid(f"No such checkout session: {session_id}")
        existing = [s for s in self.subscriptions.values() if s.metadata.get("checkout_session") == session_id]
        if existing:  # completing twice changes nothing, like paying an already paid session
            return []
        now = self.clock.now()
        subscription = Subscription(
            id=self._id("sub"),
            customer_id=checkout.customer_id,
            status=SubscriptionStatus.TRIALING if checkout.trial_days else SubscriptionStatus.ACTIVE,
            current_period_end=now + timedelta(days=checkout.trial_days or 30),
            trial_end=now + timedelta(days=checkout.trial_days) if checkout.trial_days else None,
            cancel_at_period_end=False,
            price_id=checkout.price_id,
            metadata={**checkout.metadata, "checkout_session": session_id},
        )
        self.subscriptions[subscription.id] = subscription
        completed = {
            "id": session_id,
            "object": "checkout.session",
            "mode": "subscription",
            "status": "complete",
            "customer": checkout.customer_id,
            "subscription": subscription.id,
            "metadata": dict(checkout.metadata),
        }
        return [
            self._emit("customer.subscription.created", subscription_object(subscription)),
            self._emit("checkout.session.completed", completed),
        ]

    def update_subscription(self, subscription_id: str, **changes: Any) -> list[WebhookEvent]:
        """Stripe changes a subscription (renewal, cancellation, failed payment): `customer.subscription.*`."""
        if "status" in changes:
            changes["status"] = SubscriptionStatus(changes["status"])
        subscription = replace(self.get_subscription(subscription_id=subscription_id), **changes)
        self.subscriptions[subscription_id] = subscription
        kind = "deleted" if subscription.status == SubscriptionStatus.CANCELED else "updated"
        return [self._emit(f"customer.subscription.{kind}", subscription_object(subscription))]

    def announce_trial_end(self, subscription_id: str) -> list[WebhookEvent]:
        subscription = self.get_subscription(subscription_id=subscription_id)
        return [self._emit("customer.subscription.trial_will_end", subscription_object(subscription))]

    def announce_upcoming_invoice(self, subscription_id: str, amount: Money) -> list[WebhookEvent]:
        subscription = self.get_subscription(subscription_id=subscription_id)
        invoice = {
            "object": "invoice",
            "customer": subscription.customer_id,
            "subscription": subscription.id,
            "amount_due": amount.amount_minor,
            "currency": amount.currency,
            "next_payment_attempt": int(subscription.current_period_end.timestamp())
            if subscription.current_period_end
            else None,
        }
        return [self._emit("invoice.upcoming", invoice)]

    def pay_intent(self, payment_intent_id: str, *, succeed: bool = True) -> list[WebhookEvent]:
        """The customer confirms a PaymentIntent with a card that works (or is declined)."""
        intent = self._require_intent(payment_intent_id)
        if intent.status in ("succeeded", "canceled"):
            raise PaymentRequestInvalid(f"This PaymentIntent's status is {intent.status}")
        intent = replace(intent, status="succeeded" if succeed else "requires_payment_method")
        self.intents[intent.id] = intent
        if succeed:
            self._charge(intent)
        kind = "payment_intent.succeeded" if succeed else "payment_intent.payment_failed"
        return [self._emit(kind, _intent_object(intent))]

    def open_dispute(self, payment_intent_id: str, *, amount: Money | None = None) -> list[WebhookEvent]:
        """The card holder disputes the payment's charge: Stripe takes the money back at once."""
        charge = self._charge_of_intent(payment_intent_id)
        if charge is None:
            raise PaymentRequestInvalid(f"No charge to dispute for {payment_intent_id}")
        dispute = Dispute(
            id=self._id("dp"),
            charge_id=charge.id,
            payment_intent_id=payment_intent_id,
            amount=amount or charge.amount,
            status="needs_response",
        )
        self.disputes[dispute.id] = dispute
        return [self._emit("charge.dispute.created", dispute_object(dispute))]

    def close_dispute(self, dispute_id: str, *, won: bool) -> list[WebhookEvent]:
        dispute = replace(self.get_dispute(dispute_id=dispute_id), status="won" if won else "lost")
        self.disputes[dispute_id] = dispute
        return [self._emit("charge.dispute.closed", dispute_object(dispute))]

    def pay_invoice(self, *, subscription_id: str, amount: Money, period_end: datetime) -> PaidInvoice:
        """A subscription invoice for the period ending at `period_end` is paid (renewal or first
        payment): a succeeded intent and its charge exist, as Stripe creates them."""
        intent_id = self._id("pi")
        intent = PaymentIntent(intent_id, f"{intent_id}_secret", amount, "succeeded", {})
        self.intents[intent_id] = intent
        self._charge(intent)
        invoice = PaidInvoice(self._id("in"), subscription_id, amount, period_end)
        self.invoices[intent_id] = invoice
        return invoice

    def charge_of(self, payment_intent_id: str) -> Charge:
        charge = self._charge_of_intent(payment_intent_id)
        if charge is None:
            raise PaymentRequestInvalid(f"No charge for {payment_intent_id}")
        return charge

    def _charge(self, intent: PaymentIntent) -> Charge:
        charge = Charge(self._id("ch"), intent.id, intent.amount, Money.zero(intent.amount.currency))
        self.charges[charge.id] = charge
        return charge

    def _charge_of_intent(self, payment_intent_id: str) -> Charge | None:
        return next((c for c in self.charges.values() if c.payment_intent_id == payment_intent_id), None)

    def _require_intent(self, payment_intent_id: str) -> PaymentIntent:
        intent = self.intents.get(payment_intent_id)
        if intent is None:
            raise PaymentRequestInvalid(f"No such payment_intent: {payment_intent_id}")
        return intent

    def _require_customer(self, customer_id: str) -> Customer:
        customer = self.customers.get(customer_id)
        if customer is None:
            raise PaymentRequestInvalid(f"No such customer: {customer_id}")
        return customer

    def _require_account(self, account_id: str) -> ConnectedAccount:
        account = self.accounts.get(account_id)
        if account is None:
            raise PaymentRequestInvalid(f"No such account: {account_id}")
        return account


def subscription_object(subscription: Subscription) -> dict[str, Any]:
    """A subscription in Stripe's JSON shape (API 2025-03-31+: the period end lives on the items)."""

    def ts(value: datetime | None) -> int | None:
        return int(value.timestamp()) if value else None

    return {
        "id": subscription.id,
        "object": "subscription",
        "customer": subscription.customer_id,
        "status": subscription.status.value,
        "trial_end": ts(subscription.trial_end),
        "cancel_at_period_end": subscription.cancel_at_period_end,
        "metadata": dict(subscription.metadata),
        "items": {
            "object": "list",
            "data": [
                {
                    "object": "subscription_item",
                    "price": {"id": subscription.price_id},
                    "current_period_end": ts(subscription.current_period_end),
                }
            ],
        },
    }


def charge_object(charge: Charge) -> dict[str, Any]:
    return {
        "id": charge.id,
        "object": "charge",
        "amount": charge.amount.amount_minor,
        "amount_captured": charge.amount.amount_minor,
        "amount_refunded": charge.amount_refunded.amount_minor,
        "currency": charge.amount.currency,
        "payment_intent": charge.payment_intent_id,
        "refunded": charge.refunded_minor >= charge.amount.amount_minor,
        "status": "succeeded",
    }


def dispute_object(dispute: Dispute) -> dict[str, Any]:
    return {
        "id": dispute.id,
        "object": "dispute",
        "charge": dispute.charge_id,
        "payment_intent": dispute.payment_intent_id,
        "amount": dispute.amount.amount_minor,
        "currency": dispute.amount.currency,
        "status": dispute.status,
    }


def _intent_object(intent: PaymentIntent) -> dict[str, Any]:
    return {
        "id": intent.id,
        "object": "payment_intent",
        "amount": intent.amount.amount_minor,
        "currency": intent.amount.currency,
        "status": intent.status,
        "metadata": dict(intent.metadata),
    }
