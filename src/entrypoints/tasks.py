"""Celery tasks: thin entry points that resolve ports from the container and call a module's
public surface. Every task is idempotent (acks are late: a task may run twice)."""

from __future__ import annotations

from celery import shared_task

from modules.booking import public as booking
from modules.notifications import public as notifications


@shared_task(name="notifications.deliver")
def notifications_deliver(notification_id: int) -> str:
    return notifications.deliver(notification_id=notification_id)


@shared_task(name="notifications.redeliver_stale")
def notifications_redeliver_stale() -> int:
    return notifications.redeliver_stale()


@shared_task(name="booking.send_reminders")
def booking_send_reminders() -> int:
    return booking.send_reminders()


@shared_task(name="booking.complete_due")
def booking_complete_due() -> int:
    return booking.complete_due()
