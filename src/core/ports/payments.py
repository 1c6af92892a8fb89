"""Payments port: what billing needs from Stripe (subscriptions, one-off payments, Connect payouts,
webhooks). Amounts are `core.money.Money`; every call that creates something takes an
`idempotency_key`, so a retried request never charges, refunds or pays out twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from core.errors import InvalidInput, ProviderError, ProviderUnavailable, RuleViolated
from core.money import Money


class PaymentsError(ProviderError):
    code = "payments_error"
    title = "The payment provider refused the request"


class PaymentsUnavailable(ProviderUnavailable, PaymentsError):
    code = "payments_unavailable"
    title = "The payment provider is unavailable"


class PaymentRequestInvalid(PaymentsError):
    """The provider rejected our request (unknown object, bad parameter): a bug or stale id on our side."""

    code = "payment_request_invalid"
    title = "The payment provider rejected the request"


# RuleViolated first: a declined card is the payer's problem (422), not a provider outage (502).
class PaymentDeclined(RuleViolated, PaymentsError):
    code = "payment_declined"
    title = "The payment was declined"


# InvalidInput first: a forged or stale webhook is bad input from the caller (4xx), never a 5xx.
class WebhookSignatureInvalid(InvalidInput, PaymentsError):
    code = "webhook_signature_invalid"
    title = "The webhook signature is not valid"


class SubscriptionStatus(StrEnum):
    INCOMPLETE = "incomplete"
    INCOMPLETE_EXPIRED = "incomplete_expired"
    TRIALING = "trialing"
    ACTIVE = "active"
    PAST_DUE = "past_due"
    CANCELED = "canceled"
    UNPAID = "unpaid"
    PAUSED = "paused"


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str


@dataclass(frozen=True)
class PaymentIntent:
    id: str
    client_secret: str
    amount: Money
    status: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Refund:
    id: str
    payment_intent_id: str
    amount: Money
    status: str


@dataclass(frozen=True)
class Charge:
    """A charge as the provider sees it now. Webhook effects about money (refunds, disputes)
    take their amounts from here, never from the event body."""

    id: str
    payment_intent_id: str | None
    amount: Money  # what was actually paid (captured)
    amount_refunded: Money  # refunded so far, in total

    @property
    def refunded_minor(self) -> int:
        """Refunded in total, never more than was paid (whatever the provider's payload says)."""
        return max(0, min(self.amount_refunded.amount_minor, self.amount.amount_minor))


# Dispute statuses in which the disputed money has left our balance. `warning_*` are inquiries
# (no money moves), `won` gave the money back, `prevented` never took it.
DISPUTE_FUNDS_WITHDRAWN = frozenset({"needs_response", "under_review", "lost"})


@dataclass(frozen=True)
class Dispute:
    id: str
    charge_id: str
    payment_intent_id: str | None
    amount: Money
    status: str

    @property
    def funds_withdrawn(self) -> bool:
        return self.status in DISPUTE_FUNDS_WITHDRAWN


@dataclass(frozen=True)
class PaidInvoice:
    """A subscription invoice, and the service period its payment paid for."""

    id: str
    subscription_id: str
    amount_paid: Money
    period_end: datetime | None


@dataclass(frozen=True)
class Subscription:
    id: str
    customer_id: str
    status: SubscriptionStatus
    current_period_end: datetime | None
    trial_end: datetime | None
    cancel_at_period_end: bool
    price_id: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ConnectedAccount:
    id: str
    payouts_enabled: bool
    details_submitted: bool


@dataclass(frozen=True)
class Transfer:
    id: str
    destination_account_id: str
    amount: Money
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WebhookEvent:
    id: str
    type: str
    created: datetime
    data_object: Mapping[str, Any]


class PaymentGateway(Protocol):
    def create_customer(self, *, email: str, name: str, metadata: Mapping[str, str], idempotency_key: str) -> str:
        """The new customer's id."""
        ...

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
    ) -> CheckoutSession: ...

    def customer_portal_url(self, *, customer_id: str, return_url: str, idempotency_key: str) -> str: ...

    def create_payment_intent(
        self, *, amount: Money, customer_id: str | None, metadata: Mapping[str, str], idempotency_key: str
    ) -> PaymentIntent: ...

    def get_payment_intent(self, *, payment_intent_id: str) -> PaymentIntent:
        """The intent as the provider sees it now (webhook handlers re-read instead of trusting event order)."""
        ...

    def cancel_payment_intent(self, *, payment_intent_id: str, idempotency_key: str) -> PaymentIntent:
        """Cancel an unpaid intent (a premium booking expired). Raises PaymentRequestInvalid if it already
        succeeded, so the caller refunds instead."""
        ...

    def refund(self, *, payment_intent_id: str, amount: Money | None, idempotency_key: str) -> Refund:
        """Refund all of a payment (``amount=None``) or part of it."""
        ...

    def get_charge(self, *, charge_id: str) -> Charge:
        """The charge now (refund webhooks re-read it: the amounts in an event body are not trusted)."""
        ...

    def get_dispute(self, *, dispute_id: str) -> Dispute:
        """The dispute now (dispute webhooks re-read it)."""
        ...

    def invoice_paid_by(self, *, payment_intent_id: str) -> PaidInvoice | None:
        """The subscription invoice this payment paid, or None if it paid no subscription invoice."""
        ...

    def get_subscription(self, *, subscription_id: str) -> Subscription: ...

    def create_connected_account(
        self, *, email: str, country: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> ConnectedAccount:
        """An Express account for a friend who gets paid out."""
        ...

    def account_onboarding_url(
        self, *, account_id: str, refresh_url: str, return_url: str, idempotency_key: str
    ) -> str: ...

    def get_connected_account(self, *, account_id: str) -> ConnectedAccount: ...

    def transfer(
        self, *, amount: Money, destination_account_id: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> Transfer: ...

    def list_events(self, *, created_after: datetime, limit: int = 100) -> list[WebhookEvent]:
        """The most recent `limit` events created after `created_after`, oldest first (reconciliation)."""
        ...

    def verify_webhook(self, *, payload: bytes, signature_header: str | None) -> WebhookEvent:
        """The event, if the signature matches and is fresh; WebhookSignatureInvalid otherwise."""
        ...
