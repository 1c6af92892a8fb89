"""Stripe webhooks: verified, applied once, order-independent; and reconciliation.

Each event is recorded (unique event id) in the same transaction as its effect: a replay finds
the record and changes nothing; a concurrent replay waits on the unique index and then does the
same. Effects re-read the object from Stripe instead of trusting the event's copy, so related
events in any order end in Stripe's current state; money effects (refunds, disputes) take only
the object's id from the body, never an amount. A failing effect rolls back the record too,
and the error answers non-2xx so that Stripe retries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.db import transaction

from core.clock import Clock
from core.errors import DomainError
from core.ports.payments import PaymentGateway, WebhookEvent, WebhookSignatureInvalid
from modules.billing.repositories import infra
from modules.billing.repositories import premium as premium_repo
from modules.billing.services import premium, reminders, subscriptions
from modules.billing.services.payouts import account_sync

logger = logging.getLogger(__name__)


class WebhookRejected(DomainError):
    """Not from Stripe (forged, altered, stale or unsigned): 400, nothing changes."""

    code = "webhook_signature_invalid"
    title = "The webhook signature is not valid"


class Outcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"  # a type we do not handle: acknowledged so Stripe stops sending it


Handler = Callable[[WebhookEvent, PaymentGateway, Clock], None]


def _subscription_of(event: WebhookEvent) -> str | None:
    obj = event.data_object
    if obj.get("object") == "subscription":
        return obj.get("id")
    sub = obj.get("subscription")
    return sub if isinstance(sub, str) else None


def _sync_subscription(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    sub_id = _subscription_of(event)
    if sub_id:
        subscriptions.subscription_sync(stripe_subscription_id=sub_id, gateway=gateway, clock=clock)


def _checkout_expired(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    subscriptions.checkout_expired(checkout_id=str(event.data_object.get("id", "")))


def _intent(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    premium.premium_intent_changed(
        payment_intent_id=str(event.data_object["id"]), event_type=event.type, gateway=gateway, clock=clock
    )


def _object_id(event: WebhookEvent) -> str:
    """The id of the object an event is about: the only thing money effects take from the body."""
    value = event.data_object.get("id")
    return value if isinstance(value, str) else ""


def _charge_changed(*, charge_id: str, dispute_id: str | None, gateway: PaymentGateway, clock: Clock) -> None:
    charge = gateway.get_charge(charge_id=charge_id)
    intent_id = charge.payment_intent_id
    if not intent_id:
        return  # a charge without a PaymentIntent is none of ours
    if premium.premium_owns_intent(intent_id):
        if dispute_id:
            premium.premium_dispute_changed(
                dispute_id=dispute_id, payment_intent_id=intent_id, gateway=gateway, clock=clock
            )
        else:
            premium.premium_refunded_at_stripe(charge_id=charge.id, gateway=gateway, clock=clock)
        return
    invoice = gateway.invoice_paid_by(payment_intent_id=intent_id)
    if invoice is not None:
        subscriptions.invoice_charge_changed(
            invoice=invoice, charge_id=charge.id, dispute_id=dispute_id, gateway=gateway, clock=clock
        )


def _charge_refunded(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    charge_id = _object_id(event)
    if charge_id:
        _charge_changed(charge_id=charge_id, dispute_id=None, gateway=gateway, clock=clock)


def _dispute(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    dispute_id = _object_id(event)
    if dispute_id:
        dispute = gateway.get_dispute(dispute_id=dispute_id)
        _charge_changed(charge_id=dispute.charge_id, dispute_id=dispute.id, gateway=gateway, clock=clock)


def _account(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    account_sync(stripe_account_id=str(event.data_object["id"]), gateway=gateway, clock=clock)


def _reminder(event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> None:
    reminders.reminder_from_event(event_type=event.type, data=event.data_object)


HANDLERS: dict[str, Handler] = {
    "checkout.session.completed": _sync_subscription,
    "checkout.session.expired": _checkout_expired,
    "customer.subscription.created": _sync_subscription,
    "customer.subscription.updated": _sync_subscription,
    "customer.subscription.deleted": _sync_subscription,
    "customer.subscription.paused": _sync_subscription,
    "customer.subscription.resumed": _sync_subscription,
    "invoice.paid": _sync_subscription,
    "invoice.payment_failed": _sync_subscription,
    "customer.subscription.trial_will_end": _reminder,
    "invoice.upcoming": _reminder,
    "payment_intent.succeeded": _intent,
    "payment_intent.payment_failed": _intent,
    "payment_intent.canceled": _intent,
    "charge.dispute.created": _dispute,
    "charge.dispute.updated": _dispute,
    "charge.dispute.closed": _dispute,
    "charge.dispute.funds_withdrawn": _dispute,
    "charge.dispute.funds_reinstated": _dispute,
    "charge.refunded": _charge_refunded,
    "account.updated": _account,
}


def event_process(*, event: WebhookEvent, gateway: PaymentGateway, clock: Clock) -> Outcome:
    handler = HANDLERS.get(event.type)
    with transaction.atomic():
        if not infra.claim_event(event_id=event.id, type=event.type, created=event.created, at=clock.now()):
            return Outcome.DUPLICATE
        if handler is None:
            return Outcome.IGNORED
        handler(event, gateway, clock)
    return Outcome.APPLIED


def webhook_receive(*, payload: bytes, signature_header: str | None, gateway: PaymentGateway, clock: Clock) -> Outcome:
    try:
        event = gateway.verify_webhook(payload=payload, signature_header=signature_header)
    except WebhookSignatureInvalid as exc:
        raise WebhookRejected(exc.detail) from exc
    return event_process(event=event, gateway=gateway, clock=clock)


@dataclass(frozen=True)
class ReconcileReport:
    seen: int
    applied: int
    failed: int
    refunds_retried: int
    payments_expired: int


def reconcile(
    *,
    gateway: PaymentGateway,
    clock: Clock,
    since: datetime | None = None,
    lookback: timedelta = timedelta(days=3),
) -> ReconcileReport:
    """Pull recent events from Stripe and apply any a lost webhook missed (already applied ones
    are skipped by their id), then finish side effects that a crash may have left undone."""
    events = gateway.list_events(created_after=since or clock.now() - lookback, limit=10_000)
    applied = failed = 0
    for event in events:
        if infra.event_processed(event.id):
            continue
        try:
            if event_process(event=event, gateway=gateway, clock=clock) == Outcome.APPLIED:
                applied += 1
        except DomainError:
            failed += 1  # rolled back; the next run (or Stripe's own retry) tries again
    # One refund that fails (an outage) must not hold back the others, nor the expiry below:
    # each is logged and tried again next run. (Renewal reminders are the notification outbox's:
    # it retries their delivery itself.)
    refunds = premium_repo.refunds_owed()
    for payment_id in refunds:
        try:
            premium.premium_refund_settle(payment_id=payment_id, gateway=gateway, clock=clock)
        except DomainError as exc:
            logger.warning("reconcile: refund of premium payment %s failed: %s", payment_id, exc)
    expired = premium.premium_expire_due(gateway=gateway, clock=clock)
    return ReconcileReport(len(events), applied, failed, len(refunds), expired)
