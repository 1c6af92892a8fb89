"""Celery tasks: thin entry points that resolve ports from the container and call a module's
public surface. Every task is idempotent (acks are late: a task may run twice)."""

from __future__ import annotations

from celery import shared_task
from django.core.cache import cache

from modules.billing import public as billing
from modules.booking import public as booking
from modules.group_events import public as group_events
from modules.matching import public as matching
from modules.moderation import public as moderation
from modules.notifications import public as notifications
from modules.privacy import public as privacy
from modules.recordings import public as recordings


@shared_task(name="notifications.deliver")
def notifications_deliver(notification_id: int) -> str:
    return notifications.deliver(notification_id=notification_id)


@shared_task(name="notifications.redeliver_stale")
def notifications_redeliver_stale() -> int:
    return notifications.redeliver_stale()


@shared_task(name="notifications.purge_finished")
def notifications_purge_finished() -> int:
    return notifications.purge_finished()


@shared_task(name="booking.send_reminders")
def booking_send_reminders() -> int:
    return booking.send_reminders()


@shared_task(name="booking.complete_due")
def booking_complete_due() -> int:
    return booking.complete_due()


@shared_task(name="privacy.erase_due")
def privacy_erase_due() -> int:
    return privacy.erasures_run_due()


@shared_task(name="privacy.build_export_archive")
def privacy_build_export_archive(archive_id: int) -> bool:
    return privacy.export_archive_build(archive_id)


@shared_task(name="privacy.retention")
def privacy_retention() -> dict[str, int]:
    return privacy.retention_run()


@shared_task(name="moderation.end_expired_suspensions")
def moderation_end_expired_suspensions() -> int:
    return moderation.suspensions_end_expired()


@shared_task(name="group_events.expire_offers")
def group_events_expire_offers() -> int:
    return group_events.offers_expire_run()


@shared_task(name="group_events.complete_due")
def group_events_complete_due() -> int:
    return group_events.complete_due_run()


@shared_task(name="recordings.sweep")
def recordings_sweep() -> dict[str, int]:
    report = recordings.sweep()
    return {"stopped": report.stopped, "ready": report.ready, "failed": report.failed, "deleted": report.deleted}


@shared_task(name="booking.close_unjoined")
def booking_close_unjoined() -> int:
    return booking.close_unjoined()


@shared_task(name="billing.settle_refund")
def billing_settle_refund(payment_id: int) -> None:
    billing.refund_settle_run(payment_id)


@shared_task(name="billing.cancel_intent")
def billing_cancel_intent(payment_id: int) -> None:
    billing.intent_cancel_run(payment_id)


@shared_task(name="billing.expire_premium_payments")
def billing_expire_premium_payments() -> int:
    return billing.premium_expiry_run()


@shared_task(name="billing.payout_cycle")
def billing_payout_cycle() -> dict[str, int]:
    report = billing.payout_cycle_run()
    return {"paid": report.paid, "failed": report.failed, "left_pending": report.left_pending}


@shared_task(name="billing.reconcile")
def billing_reconcile() -> dict[str, int]:
    report = billing.reconcile_run()
    return {"seen": report.seen, "applied": report.applied, "failed": report.failed}


# Changes to one person within this many seconds are recomputed once.
MATCHING_DEBOUNCE_SECONDS = 5


def _debounce_key(person_id: int) -> str:
    return f"matching:debounce:{person_id}"


@shared_task(name="matching.person_changed")
def matching_person_changed(person_id: int) -> list[int]:
    # Let changes from now on schedule another run: this one may already have read older state.
    cache.delete(_debounce_key(person_id))
    return matching.person_changed(person_id)


class CeleryMatchingJobs:
    """matching's MatchingJobs port on Celery, debounced per person. Called after commit
    (matching's handlers see to it)."""

    def person_changed(self, person_id: int) -> None:
        if cache.add(_debounce_key(person_id), 1, timeout=MATCHING_DEBOUNCE_SECONDS * 4):
            matching_person_changed.apply_async((person_id,), countdown=MATCHING_DEBOUNCE_SECONDS)
