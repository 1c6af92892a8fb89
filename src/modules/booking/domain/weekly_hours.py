"""A friend's weekly hours as UTC hours of the week, for matching's schedule overlap.

Hour 0 is Monday 00:00–01:00 UTC of the given ISO week. A local window counts every UTC hour
it touches; windows that spill over the week's edges wrap around (a Sunday-evening window in
Los Angeles lands on Monday morning UTC). The conversion goes through `local_to_utc`, so the
same DST rules as for bookable slots apply, in the week asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from modules.booking.domain.availability import WeeklyWindow, local_to_utc

HOURS_PER_WEEK = 168


def week_start_of(moment: datetime) -> date:
    """Monday of the ISO week (UTC) that `moment` falls in."""
    day = moment.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())


def weekly_hours_utc(timezone: str, weekly: Sequence[WeeklyWindow], *, week_start: date) -> frozenset[int]:
    return weekly_hours_of_raw(
        timezone, tuple(sorted((w.weekday, w.start_minute, w.end_minute) for w in weekly)), week_start
    )


# Many friends share a timezone and a pattern of hours: converting each distinct one once keeps
# a population of 100,000 friends quick to encode. Keyed by plain tuples (cheap to hash).
@lru_cache(maxsize=4096)
def weekly_hours_of_raw(timezone: str, weekly: tuple[tuple[int, int, int], ...], week_start: date) -> frozenset[int]:
    """`weekly_hours_utc` for (weekday, start_minute, end_minute) triples."""
    zone = ZoneInfo(timezone)
    origin = datetime.combine(week_start, time(0), tzinfo=UTC)
    hours: set[int] = set()
    for w in map(lambda t: WeeklyWindow(*t), weekly):
        day = week_start + timedelta(days=w.weekday)
        start = local_to_utc(day, w.start_minute, zone, at_end=False)
        end = local_to_utc(day, w.end_minute, zone, at_end=True)
        if end <= start:
            continue
        first = int((start - origin).total_seconds() // 3600)
        last = -int(-(end - origin).total_seconds() // 3600)  # ceiling: the hour the window ends in counts
        hours.update(h % HOURS_PER_WEEK for h in range(first, last))
    return frozenset(hours)
