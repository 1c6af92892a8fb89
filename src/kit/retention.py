"""Deleting old rows of a growing table in small batches (retention jobs).

Each batch is its own short transaction: no long lock, no huge WAL burst, and a run that is
killed half way leaves only whole batches done; the next run carries on (idempotent)."""

from __future__ import annotations

from django.db import models, transaction


def delete_in_batches(queryset: models.QuerySet, *, order_by: str, batch: int, max_batches: int) -> int:
    """Delete the rows of `queryset`, oldest (`order_by`) first, `batch` ids at a time; at most
    `max_batches` batches per call (a bounded run: beat calls again). Returns how many went."""
    if batch < 1 or max_batches < 1:
        raise ValueError("batch and max_batches must be positive")
    deleted = 0
    for _ in range(max_batches):
        with transaction.atomic():
            ids = list(queryset.order_by(order_by).values_list("pk", flat=True)[:batch])
            if not ids:
                break
            deleted += queryset.model._base_manager.filter(pk__in=ids).delete()[0]
        if len(ids) < batch:
            break
    return deleted
