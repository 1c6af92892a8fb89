"""Billing's Celery tasks (autodiscovered). Every task is idempotent: acks are late, so a
killed worker's task runs again and must not repeat an effect."""

from __future__ import annotations

from celery import shared_task

from modules.billing import dependencies
from modules.billing.services import payouts, premium, reminders, webhooks


@shared_task(name="billing.send_reminder")
def billing_send_reminder(reminder_id: int) -> None:
    reminders.reminder_send(
        reminder_id=reminder_id, push=dependencies.user_push(), email=dependencies.email(), clock=dependencies.clock()
    )


@shared_task(name="billing.settle_refund")
def billing_settle_refund(payment_id: int) -> None:
    premium.premium_refund_settle(payment_id=payment_id, gateway=dependencies.payments(), clock=dependencies.clock())


@shared_task(name="billing.cancel_intent")
def billing_cancel_intent(payment_id: int) -> None:
    premium.premium_cancel_intent(payment_id=payment_id, gateway=dependencies.payments(), clock=dependencies.clock())


@shared_task(name="billing.expire_premium_payments")
def billing_expire_premium_payments() -> int:
    return premium.premium_expire_due(gateway=dependencies.payments(), clock=dependencies.clock())


@shared_task(name="billing.payout_cycle")
def billing_payout_cycle() -> dict[str, int]:
    report = payouts.payout_cycle(gateway=dependencies.payments(), clock=dependencies.clock())
    return {"paid": report.paid, "failed": report.failed, "left_pending": report.left_pending}


@shared_task(name="billing.reconcile")
def billing_reconcile() -> dict[str, int]:
    report = webhooks.reconcile(
        gateway=dependencies.payments(),
        clock=dependencies.clock(),
        push=dependencies.user_push(),
        email=dependencies.email(),
    )
    return {"seen": report.seen, "applied": report.applied, "failed": report.failed}
