"""Webhook event ids past their time go oldest first, in bounded batches (privacy.retention calls this)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from modules.billing.models import ProcessedEvent
from modules.billing.public import purge_processed_events
from tests.clock import NOW

pytestmark = pytest.mark.django_db


def test_deletes_in_bounded_batches_oldest_first(settings):
    for i in range(5):
        at = NOW - timedelta(days=100 - i)  # evt_0 is the oldest
        ProcessedEvent.objects.create(event_id=f"evt_{i}", type="t", created=at, processed_at=at)
    ProcessedEvent.objects.create(event_id="evt_young", type="t", created=NOW, processed_at=NOW)
    settings.RETENTION_BATCH_SIZE = 2
    settings.RETENTION_MAX_BATCHES = 2

    with CaptureQueriesContext(connection) as ctx:
        assert purge_processed_events(before=NOW - timedelta(days=90)) == 4  # two batches, then it stops
    assert len([q for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("DELETE")]) == 2
    assert set(ProcessedEvent.objects.values_list("event_id", flat=True)) == {"evt_4", "evt_young"}

    assert purge_processed_events(before=NOW - timedelta(days=90)) == 1  # the next run carries on
    assert purge_processed_events(before=NOW - timedelta(days=90)) == 0
    assert set(ProcessedEvent.objects.values_list("event_id", flat=True)) == {"evt_young"}
