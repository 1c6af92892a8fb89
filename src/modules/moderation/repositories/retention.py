"""Retention (docs/operations.md, "Data retention"): the audit log is kept for years, not for ever."""

from __future__ import annotations

from datetime import datetime

from modules.moderation.models import AuditEntry


def purge_audit(*, before: datetime) -> int:
    deleted, _ = AuditEntry.objects.filter(at__lt=before).delete()
    return deleted
