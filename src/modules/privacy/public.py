"""What other modules and the task entry points may use from privacy."""

from __future__ import annotations

from modules.privacy import dependencies as deps
from modules.privacy.services import archives, erasure, retention


def erasures_run_due() -> int:
    """Carry out the erasures whose grace period has ended (beat runs this hourly; idempotent)."""
    return erasure.erasures_run_due(now=deps.clock().now())


def retention_run() -> dict[str, int]:
    """Purge what the retention policy says (beat runs this daily; idempotent)."""
    return retention.retention_run(now=deps.clock().now())


def export_archive_build(archive_id: int) -> bool:
    """Build a requested export zip (task; idempotent)."""
    return archives.archive_build(archive_id=archive_id, now=deps.clock().now(), storage=deps.media_storage())


__all__ = ["erasures_run_due", "export_archive_build", "retention_run"]
