"""Retention (docs/operations.md, "Data retention"): closed tickets do not live for ever."""

from __future__ import annotations

from datetime import datetime

from modules.support.domain.tickets import Status
from modules.support.models import Ticket


def purge_closed_tickets(*, closed_before: datetime) -> int:
    """Delete tickets closed and untouched since before `closed_before`, with their messages."""
    ids = list(Ticket.objects.filter(status=Status.CLOSED, updated_at__lt=closed_before).values_list("pk", flat=True))
    Ticket.objects.filter(pk__in=ids).delete()  # messages go with them (cascade)
    return len(ids)
