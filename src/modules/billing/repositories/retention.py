"""Retention (docs/operations.md, "Data retention"): webhook event ids are kept while Stripe
may still send the event again (it retries for 3 days), with a wide margin, then dropped."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings

from kit.retention import delete_in_batches
from modules.billing.models import ProcessedEvent


def purge_processed_events(*, before: datetime) -> int:
    """Oldest first, in batches of short transactions (a year of webhooks is a large table)."""
    return delete_in_batches(
        ProcessedEvent.objects.filter(processed_at__lt=before),
        order_by="processed_at",
        batch=settings.RETENTION_BATCH_SIZE,
        max_batches=settings.RETENTION_MAX_BATCHES,
    )
