"""What other modules and the task entry points may use from moderation."""

from __future__ import annotations

from typing import Any

from modules.moderation import dependencies as deps
from modules.moderation.repositories.moderation import export_of
from modules.moderation.repositories.retention import purge_audit
from modules.moderation.services import suspensions


def suspensions_end_expired() -> int:
    """End the suspensions whose end date has passed (beat runs this; idempotent)."""
    return suspensions.suspensions_end_expired(now=deps.clock().now())


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return export_of(user_id)


__all__ = ["personal_data_export", "purge_audit", "suspensions_end_expired"]
