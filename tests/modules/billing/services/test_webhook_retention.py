"""Retention of processed Stripe events: old ones go in batches, the newest always stays."""

from __future__ import annotations

from datetime import timedelta

import pytest

from entrypoints.tasks import billing_purge_webhook_events
from modules.billing.models import ProcessedEvent
from modules.billing.public import webhook_events_purge_run
from tests.clock import NOW

pytestmark = pytest.mark.django_db


def _event(event_id, *, days_old):
    at = NOW - timedelta(days=days_old)
    ProcessedEvent.objects.create(event_id=event_id, type="invoice.paid", created=at, processed_at=at)


def _left() -> set[str]:
    return set(ProcessedEvent.objects.values_list("event_id", flat=True))


@pytest.fixture
def retention(settings):
    settings.BILLING_WEBHOOK_EVENTS_RETENTION_DAYS = 30
    settings.RETENTION_BATCH_SIZE = 2
    settings.RETENTION_MAX_BATCHES = 100
    return settings


def test_old_events_go_young_ones_stay(clock, retention):
    for i in range(5):
        _event(f"evt_old_{i}", days_old=40 + i)
    _event("evt_young", days_old=3)  # Stripe may still redeliver it
    _event("evt_at_the_age", days_old=30)

    assert webhook_events_purge_run() == 5  # in batches of two
    assert _left() == {"evt_young", "evt_at_the_age"}
    assert billing_purge_webhook_events() == 0  # the beat task: a rerun changes nothing


def test_the_newest_event_stays_however_old(clock, retention):
    # Reconciliation starts from the newest processed event's time: it must survive a quiet month.
    _event("evt_a", days_old=90)
    _event("evt_b", days_old=60)
    assert webhook_events_purge_run() == 1
    assert _left() == {"evt_b"}
    clock.advance(timedelta(days=365))
    assert webhook_events_purge_run() == 0
    assert _left() == {"evt_b"}
