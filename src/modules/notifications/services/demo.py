"""Demo preferences for `make run`: the demo user has quiet hours, so GET /api/notifications/preferences
shows them and a reminder at night shows the wait."""

from __future__ import annotations

from datetime import time

from modules.notifications.domain.quiet_hours import QuietHours
from modules.notifications.repositories import preferences as repo


def demo_preferences_ensure(user_id: int) -> list[str]:
    repo.quiet_hours_save(user_id=user_id, hours=QuietHours(time(22, 0), time(7, 0)))
    return ["quiet hours 22:00-07:00 for the demo user"]
