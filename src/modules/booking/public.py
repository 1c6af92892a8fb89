"""What other modules may ask booking (matching reads friends' hours and weekly load)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta

from modules.booking.domain.weekly_hours import HOURS_PER_WEEK, week_start_of, weekly_hours_of_raw
from modules.booking.repositories import weekly as repo

# Above this many ids, reading every row is cheaper than an enormous IN list.
_BULK_THRESHOLD = 1000


def weekly_open_hours_utc(friend_ids: Iterable[int] | None = None, *, now: datetime) -> dict[int, frozenset[int]]:
    """Friends' weekly hours as UTC hours of the current ISO week (0 = Monday 00:00 UTC).

    Friends without published availability are absent. Dated exceptions are not included:
    this describes a friend's usual week, not a particular date."""
    week = week_start_of(now)
    ids = None if friend_ids is None else list(friend_ids)
    rows = repo.weekly_windows(ids if ids is None or len(ids) <= _BULK_THRESHOLD else None)
    wanted = None if ids is None else set(ids)
    return {
        friend_id: weekly_hours_of_raw(tz, windows, week)
        for friend_id, (tz, windows) in rows.items()
        if wanted is None or friend_id in wanted
    }


def friends_at_weekly_capacity(capacities: Mapping[int, int], *, now: datetime) -> set[int]:
    """Which of these friends (id → weekly capacity) already hold that many sessions this ISO week (UTC)."""
    if not capacities:
        return set()
    start = datetime.combine(week_start_of(now), time(0), tzinfo=UTC)
    ids = list(capacities) if len(capacities) <= _BULK_THRESHOLD else None
    counts = repo.holding_session_counts(start=start, end=start + timedelta(days=7), friend_ids=ids)
    return {fid for fid, cap in capacities.items() if counts.get(fid, 0) >= cap}


__all__ = ["HOURS_PER_WEEK", "friends_at_weekly_capacity", "week_start_of", "weekly_open_hours_utc"]
