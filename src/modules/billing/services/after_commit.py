"""Side effects billing schedules once its transaction has committed (Celery tasks, idempotent)."""

from __future__ import annotations

from django.db import transaction


def send_reminder(reminder_id: int) -> None:
    from modules.billing import tasks

    transaction.on_commit(lambda: tasks.billing_send_reminder.delay(reminder_id))


def settle_refund(payment_id: int) -> None:
    from modules.billing import tasks

    transaction.on_commit(lambda: tasks.billing_settle_refund.delay(payment_id))


def cancel_intent(payment_id: int) -> None:
    from modules.billing import tasks

    transaction.on_commit(lambda: tasks.billing_cancel_intent.delay(payment_id))
