"""What other modules (and the task entry points) may use from booking."""

from __future__ import annotations

from datetime import timedelta

from modules.accounts.public import friend_offer
from modules.booking import dependencies as deps
from modules.booking.domain.availability import AvailabilityRules, WeeklyWindow
from modules.booking.repositories import sessions as repo
from modules.booking.services import lifecycle, reminders


def send_reminders() -> int:
    """Queue the reminders due now (idempotent; beat runs it every minute)."""
    return reminders.sessions_send_reminders(clock=deps.clock())


def complete_due() -> int:
    """Complete in-progress sessions whose end has passed (idempotent)."""
    return lifecycle.sessions_complete_due(clock=deps.clock())


def demo_availability_ensure(friend_ids: list[int]) -> None:
    """Demo friends (make run): weekdays 09:00-21:00 and weekends 10:00-16:00 in their own timezone."""
    for friend_id in friend_ids:
        offer = friend_offer(friend_id)
        weekly = tuple(WeeklyWindow(d, 9 * 60, 21 * 60) for d in range(5)) + tuple(
            WeeklyWindow(d, 10 * 60, 16 * 60) for d in (5, 6)
        )
        repo.save_rules(
            friend_id,
            AvailabilityRules(
                timezone=offer.timezone if offer else "UTC", weekly=weekly, min_notice=timedelta(hours=1)
            ),
        )
