"""What other modules (and the task entry points) may use from booking."""

from __future__ import annotations

from modules.booking import dependencies as deps
from modules.booking.services import lifecycle, reminders


def send_reminders() -> int:
    """Queue the reminders due now (idempotent; beat runs it every minute)."""
    return reminders.sessions_send_reminders(clock=deps.clock())


def complete_due() -> int:
    """Complete in-progress sessions whose end has passed (idempotent)."""
    return lifecycle.sessions_complete_due(clock=deps.clock())
