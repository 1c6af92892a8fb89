"""Side effects billing schedules once its transaction has committed (idempotent tasks, run
through the TaskQueue port so billing never imports the Celery entry points)."""

from __future__ import annotations

from django.db import transaction

from modules.billing import dependencies


def _enqueue_after_commit(name: str, **kwargs: int) -> None:
    transaction.on_commit(lambda: dependencies.tasks().enqueue(name, **kwargs))


def settle_refund(payment_id: int) -> None:
    _enqueue_after_commit("billing.settle_refund", payment_id=payment_id)


def cancel_intent(payment_id: int) -> None:
    _enqueue_after_commit("billing.cancel_intent", payment_id=payment_id)
