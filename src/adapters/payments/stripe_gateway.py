"""Payments through Stripe (stripe-python 16, `StripeClient(...).v1.*`).

Every POST carries the caller's idempotency key, so a retried request (ours or the SDK's) has
one effect at Stripe. SDK errors become port errors here and nowhere else.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import stripe

from core import webhook_signatures
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
    PaymentsError,
    PaymentsUnavailable,
    Refund,
    Subscription,
    SubscriptionStatus,
    Transfer,
    WebhookEvent,
    WebhookSignatureInvalid,
)

T = TypeVar("T")


def _ts(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value else None


def _id_of(value: Any) -> str | None:
    """An expandable field: the id, whether Stripe sent the id or the expanded object."""
    if isinstance(value, Mapping):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def _translate(exc: stripe.StripeError) -> PaymentsError:
    detail = exc.user_message or f"Stripe refused the request ({type(exc).__name__})"
    if isinstance(exc, stripe.CardError):
        return PaymentDeclined(detail, extra={"decline_code": exc.code or "card_declined"})
    if isinstance(exc, stripe.APIConnectionError | stripe.RateLimitError):
        return PaymentsUnavailable(f"Stripe unavailable: {type(exc).__name__}")
    if isinstance(exc, stripe.APIError) or (exc.http_status or 0) >= 500:
        return PaymentsUnavailable(f"Stripe failed: HTTP {exc.http_status}")
    if isinstance(exc, stripe.InvalidRequestError | stripe.IdempotencyError):
        return PaymentRequestInvalid(f"Stripe rejected the request: {exc.code or type(exc).__name__}")
    # Authentication/permission errors: our configuration is wrong. Still a provider error, never swallowed.
    return PaymentsError(f"Stripe refused the request: {type(exc).__name__}")


class StripePaymentGateway:
    events_page_size = 100  # Stripe's maximum

    def __init__(
        self,
        *,
        api_key: str,
        webhook_secret: str,
        api_version: str,
        api_base: str | None = None,
        max_network_retries: int = 2,
        client: stripe.StripeClient | None = None,
    ) -> None:
        if not api_key and client is None:
            raise PaymentsError("STRIPE_SECRET_KEY must be set for the stripe backend")
        if not webhook_secret:
            raise PaymentsError("STRIPE_WEBHOOK_SECRET must be set for the stripe backend")
        self._webhook_secret = webhook_secret
        self._client = client or stripe.StripeClient(
            api_key,
            # Pinned (settings.STRIPE_API_VERSION): the shapes parsed here are this version's.
            stripe_version=api_version,
            base_addresses={"api": api_base} if api_base else None,
            max_network_retries=max_network_retries,
        )

    @staticmethod
    def _call(fn: Callable[..., Any], *args: Any) -> dict[str, Any]:
        try:
            return fn(*args).to_dict()
        except stripe.StripeError as exc:
            raise _translate(exc) from exc

    @staticmethod
    def _key(idempotency_key: str) -> stripe.RequestOptions:
        if not idempotency_key:
            raise ValueError("an idempotency key is required for every call that creates something")
        return {"idempotency_key": idempotency_key}

    def create_customer(self, *, email: str, name: str, metadata: Mapping[str, str], idempotency_key: str) -> str:
        params = {"email": email, "name": name, "metadata": dict(metadata)}
        return self._call(self._client.v1.customers.create, params, self._key(idempotency_key))["id"]

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
        subscription_data: dict[str, Any] = {"metadata": dict(metadata)}
        if trial_days > 0:  # Stripe refuses trial_period_days=0
            subscription_data["trial_period_days"] = trial_days
        params = {
            "mode": "subscription",
            "customer": customer_id,
            "line_items": [{"price": price_id, "quantity": 1}],
            "subscription_data": subscription_data,
            "success_url": success_url,
            "cancel_url": cancel_url,
            "metadata": dict(metadata),
        }
        session = self._call(self._client.v1.checkout.sessions.create, params, self._key(idempotency_key))
        return CheckoutSession(id=session["id"], url=session["url"])

    def customer_portal_url(self, *, customer_id: str, return_url: str, idempotency_key: str) -> str:
        params = {"customer": customer_id, "return_url": return_url}
        return self._call(self._client.v1.billing_portal.sessions.create, params, self._key(idempotency_key))["url"]

    def create_payment_intent(
        self, *, amount: Money, customer_id: str | None, metadata: Mapping[str, str], idempotency_key: str
    ) -> PaymentIntent:
        params: dict[str, Any] = {
            "amount": amount.amount_minor,
            "currency": amount.currency,
            "metadata": dict(metadata),
            "automatic_payment_methods": {"enabled": True},
        }
        if customer_id:
            params["customer"] = customer_id
        intent = self._call(self._client.v1.payment_intents.create, params, self._key(idempotency_key))
        return self._intent(intent)

    @staticmethod
    def _intent(intent: Mapping[str, Any]) -> PaymentIntent:
        return PaymentIntent(
            id=intent["id"],
            client_secret=intent.get("client_secret") or "",
            amount=Money(intent["amount"], intent["currency"]),
            status=intent["status"],
            metadata=dict(intent.get("metadata") or {}),
        )

    def get_payment_intent(self, *, payment_intent_id: str) -> PaymentIntent:
        return self._intent(self._call(self._client.v1.payment_intents.retrieve, payment_intent_id))

    def cancel_payment_intent(self, *, payment_intent_id: str, idempotency_key: str) -> PaymentIntent:
        cancel = self._client.v1.payment_intents.cancel
        return self._intent(self._call(cancel, payment_intent_id, {}, self._key(idempotency_key)))

    def refund(self, *, payment_intent_id: str, amount: Money | None, idempotency_key: str) -> Refund:
        params: dict[str, Any] = {"payment_intent": payment_intent_id}
        if amount is not None:
            params["amount"] = amount.amount_minor
        refund = self._call(self._client.v1.refunds.create, params, self._key(idempotency_key))
        return Refund(
            id=refund["id"],
            payment_intent_id=refund.get("payment_intent") or payment_intent_id,
            amount=Money(refund["amount"], refund["currency"]),
            status=refund["status"],
        )

    def get_charge(self, *, charge_id: str) -> Charge:
        charge = self._call(self._client.v1.charges.retrieve, charge_id)
        currency = charge["currency"]
        captured = charge.get("amount_captured")
        return Charge(
            id=charge["id"],
            payment_intent_id=_id_of(charge.get("payment_intent")),
            amount=Money(int(charge["amount"] if captured is None else captured), currency),
            amount_refunded=Money(int(charge.get("amount_refunded") or 0), currency),
        )

    def get_dispute(self, *, dispute_id: str) -> Dispute:
        dispute = self._call(self._client.v1.disputes.retrieve, dispute_id)
        return Dispute(
            id=dispute["id"],
            charge_id=_id_of(dispute.get("charge")) or "",
            payment_intent_id=_id_of(dispute.get("payment_intent")),
            amount=Money(int(dispute["amount"]), dispute["currency"]),
            status=dispute["status"],
        )

    def invoice_paid_by(self, *, payment_intent_id: str) -> PaidInvoice | None:
        # Since API 2025-03-31 a charge no longer names its invoice: invoice payments link them.
        params = {"payment": {"type": "payment_intent", "payment_intent": payment_intent_id}, "limit": 10}
        payments = self._call(self._client.v1.invoice_payments.list, params).get("data") or []
        invoice_id = next((_id_of(p.get("invoice")) for p in payments if p.get("status") == "paid"), None)
        if invoice_id is None:
            return None
        invoice = self._call(self._client.v1.invoices.retrieve, invoice_id)
        details = (invoice.get("parent") or {}).get("subscription_details") or {}
        subscription_id = _id_of(details.get("subscription")) or _id_of(invoice.get("subscription"))
        if subscription_id is None:
            return None  # a one-off invoice, not a subscription's
        # The service period paid for is on the lines (the invoice's own period is the previous one).
        ends = [(line.get("period") or {}).get("end") for line in (invoice.get("lines") or {}).get("data", ())]
        return PaidInvoice(
            id=invoice["id"],
            subscription_id=subscription_id,
            amount_paid=Money(int(invoice.get("amount_paid") or 0), invoice["currency"]),
            period_end=_ts(max((end for end in ends if end), default=None)),
        )

    def get_subscription(self, *, subscription_id: str) -> Subscription:
        sub = self._call(self._client.v1.subscriptions.retrieve, subscription_id)
        # Since API version 2025-03-31 the billing period lives on the subscription items.
        period_end = sub.get("current_period_end")
        if period_end is None:
            ends = [item.get("current_period_end") for item in (sub.get("items") or {}).get("data", ())]
            period_end = max((end for end in ends if end), default=None)
        items = (sub.get("items") or {}).get("data") or [{}]
        return Subscription(
            id=sub["id"],
            customer_id=sub["customer"],
            status=SubscriptionStatus(sub["status"]),
            current_period_end=_ts(period_end),
            trial_end=_ts(sub.get("trial_end")),
            cancel_at_period_end=bool(sub.get("cancel_at_period_end")),
            price_id=(items[0].get("price") or {}).get("id"),
            metadata=dict(sub.get("metadata") or {}),
        )

    def create_connected_account(
        self, *, email: str, country: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> ConnectedAccount:
        params = {
            "type": "express",
            "email": email,
            "country": country,
            "metadata": dict(metadata),
            "capabilities": {"transfers": {"requested": True}},
        }
        return self._account(self._call(self._client.v1.accounts.create, params, self._key(idempotency_key)))

    def account_onboarding_url(
        self, *, account_id: str, refresh_url: str, return_url: str, idempotency_key: str
    ) -> str:
        params = {
            "account": account_id,
            "refresh_url": refresh_url,
            "return_url": return_url,
            "type": "account_onboarding",
        }
        return self._call(self._client.v1.account_links.create, params, self._key(idempotency_key))["url"]

    def get_connected_account(self, *, account_id: str) -> ConnectedAccount:
        return self._account(self._call(self._client.v1.accounts.retrieve, account_id))

    @staticmethod
    def _account(account: Mapping[str, Any]) -> ConnectedAccount:
        return ConnectedAccount(
            id=account["id"],
            payouts_enabled=bool(account.get("payouts_enabled")),
            details_submitted=bool(account.get("details_submitted")),
        )

    def transfer(
        self, *, amount: Money, destination_account_id: str, metadata: Mapping[str, str], idempotency_key: str
    ) -> Transfer:
        params = {
            "amount": amount.amount_minor,
            "currency": amount.currency,
            "destination": destination_account_id,
            "metadata": dict(metadata),
        }
        transfer = self._call(self._client.v1.transfers.create, params, self._key(idempotency_key))
        return Transfer(
            id=transfer["id"],
            destination_account_id=transfer["destination"],
            amount=Money(transfer["amount"], transfer["currency"]),
            metadata=dict(transfer.get("metadata") or {}),
        )

    def list_events(self, *, created_after: datetime, limit: int = 100) -> list[WebhookEvent]:
        # Stripe lists newest first and pages with `starting_after`; we hand them back oldest first.
        page_size = min(limit, self.events_page_size)
        params: dict[str, Any] = {"created": {"gt": int(created_after.timestamp())}, "limit": page_size}
        events: list[WebhookEvent] = []
        while len(events) < limit:
            page = self._call(self._client.v1.events.list, params)
            events += [self._event(e) for e in page.get("data", ())]
            if not page.get("has_more") or not page.get("data"):
                break
            params["starting_after"] = page["data"][-1]["id"]
        return events[:limit][::-1]  # Stripe's order reversed: equal timestamps keep their real order

    @staticmethod
    def _event(event: Mapping[str, Any]) -> WebhookEvent:
        return WebhookEvent(
            id=event["id"],
            type=event["type"],
            created=datetime.fromtimestamp(event["created"], UTC),
            data_object=event["data"]["object"],
        )

    def verify_webhook(self, *, payload: bytes, signature_header: str | None) -> WebhookEvent:
        try:
            stripe.WebhookSignature.verify_header(
                payload, signature_header, self._webhook_secret, webhook_signatures.DEFAULT_TOLERANCE_SECONDS
            )
            # The SDK only refuses old timestamps; a far-future one is as suspicious as a stale one.
            timestamp, _ = webhook_signatures.parse_header(signature_header)
            webhook_signatures.check_timestamp(
                timestamp=timestamp, now=int(time.time()), tolerance=webhook_signatures.DEFAULT_TOLERANCE_SECONDS
            )
            return self._event(json.loads(payload))
        except (stripe.SignatureVerificationError, webhook_signatures.SignatureMismatch) as exc:
            raise WebhookSignatureInvalid("The Stripe-Signature header does not match the payload") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise WebhookSignatureInvalid("The webhook payload is not a Stripe event") from exc
