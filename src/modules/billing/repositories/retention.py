"""Retention (docs/operations.md, "Data retention"): webhook event ids are kept while Stripe
may still send the event again (it retries for 3 days), with a wide margin, then dropped."""

from __future__ import annotations

from datetime import datetime

from modules.billing.models import ProcessedEvent


def purge_processed_events(*, before: datetime) -> int:
    deleted, _ = ProcessedEvent.objects.filter(processed_at__lt=before).delete()
    return deleted
