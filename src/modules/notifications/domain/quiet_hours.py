"""Quiet hours: a daily window, in the person's own timezone, during which nothing buzzes.

The window is wall-clock time ("22:00 to 07:00" stays that across daylight-saving changes), so
its end is worked out on the day it ends, in that day's offset. A window may cross midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @property
    def empty(self) -> bool:
        return self.start == self.end


def _wall_to_utc(day, at: time, tz: ZoneInfo) -> datetime:
    # A wall time skipped by a spring-forward (02:30 on the changeover night) resolves with the
    # offset before the jump, i.e. just after the gap; an ambiguous one takes its first occurrence.
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def quiet_until(hours: QuietHours | None, *, timezone: str, now: datetime) -> datetime | None:
    """When the quiet window that contains `now` ends (UTC), or None when `now` is not inside one."""
    if hours is None or hours.empty:
        return None
    tz = ZoneInfo(timezone)
    local = now.astimezone(tz)
    wall = local.time().replace(tzinfo=None)
    if hours.start < hours.end:
        inside = hours.start <= wall < hours.end
        end_day = local.date()
    else:  # crosses midnight: 22:00 → 07:00
        inside = wall >= hours.start or wall < hours.end
        end_day = local.date() + timedelta(days=1) if wall >= hours.start else local.date()
    if not inside:
        return None
    until = _wall_to_utc(end_day, hours.end, tz)
    return until if until > now else None
