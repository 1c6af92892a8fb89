"""A friend's free time: weekly hours in their own IANA timezone, dated exceptions,
minimum notice and a buffer around existing sessions.

Wall-clock rules, deliberately:
- A weekly window is local time, so "Mondays 18:00–20:00" stays 18:00 local across DST.
- A local time that does not exist (spring-forward gap) is moved forward by the gap
  (02:30 on a 02:00→03:00 night becomes 03:30), as RFC 5545 (iCalendar) reads it.
- A local time that occurs twice (fall-back) is read as its first occurrence at a window's
  start and its second at a window's end, so the window covers all the time the friend meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from modules.booking.domain.intervals import Interval, clip, merge, subtract

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class WeeklyWindow:
    """Local wall-clock hours on one weekday (0 = Monday), as minutes since midnight.

    `end_minute` may be 1440 (midnight at the end of the day)."""

    weekday: int
    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) … 6 (Sunday)")
        if not 0 <= self.start_minute < self.end_minute <= MINUTES_PER_DAY:
            raise ValueError("window must satisfy 0 <= start < end <= 1440 minutes")


class ExceptionKind(StrEnum):
    OFF = "off"  # not available in this span (whole day when no hours are given)
    EXTRA = "extra"  # available in this span in addition to the weekly hours


@dataclass(frozen=True)
class DatedException:
    on: date
    kind: ExceptionKind
    start_minute: int = 0
    end_minute: int = MINUTES_PER_DAY

    def __post_init__(self) -> None:
        if not 0 <= self.start_minute < self.end_minute <= MINUTES_PER_DAY:
            raise ValueError("exception must satisfy 0 <= start < end <= 1440 minutes")


@dataclass(frozen=True)
class AvailabilityRules:
    timezone: str
    weekly: tuple[WeeklyWindow, ...] = ()
    exceptions: tuple[DatedException, ...] = ()
    min_notice: timedelta = timedelta(hours=2)
    buffer: timedelta = timedelta(minutes=0)
    lengths_minutes: tuple[int, ...] = field(default=(30, 60))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def local_to_utc(day: date, minute: int, zone: ZoneInfo, *, at_end: bool) -> datetime:
    """The UTC instant of a local wall-clock minute on `day`, with the gap/fold rules above."""
    if minute == MINUTES_PER_DAY:
        day, minute = day + timedelta(days=1), 0
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    fold = 1 if at_end else 0
    candidate = naive.replace(tzinfo=zone, fold=fold)
    utc = candidate.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != naive:
        # Non-existent local time (DST gap). zoneinfo with fold=0 reads it with the offset from
        # before the transition, which lands it "gap minutes" later on the wall clock: move
        # forward, for both ends, so a window that starts in the gap starts when the clock resumes.
        utc = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    return utc


def _day_span(day: date, start_minute: int, end_minute: int, zone: ZoneInfo) -> Interval | None:
    start = local_to_utc(day, start_minute, zone, at_end=False)
    end = local_to_utc(day, end_minute, zone, at_end=True)
    if end <= start:  # a window entirely inside a DST gap
        return None
    return Interval(start, end)


def open_hours(rules: AvailabilityRules, window: Interval) -> list[Interval]:
    """The friend's open hours ((weekly − off) ∪ extra) that meet `window`, in UTC."""
    zone = rules.zone
    # Local days that can touch the UTC window (±1 day covers every UTC offset).
    first = window.start.astimezone(zone).date() - timedelta(days=1)
    last = window.end.astimezone(zone).date() + timedelta(days=1)
    exceptions_by_day: dict[date, list[DatedException]] = {}
    for exc in rules.exceptions:
        exceptions_by_day.setdefault(exc.on, []).append(exc)

    weekly: list[Interval] = []
    extra: list[Interval] = []
    off: list[Interval] = []
    day = first
    while day <= last:
        for w in rules.weekly:
            if w.weekday == day.weekday() and (span := _day_span(day, w.start_minute, w.end_minute, zone)):
                weekly.append(span)
        for exc in exceptions_by_day.get(day, ()):
            if span := _day_span(day, exc.start_minute, exc.end_minute, zone):
                (extra if exc.kind == ExceptionKind.EXTRA else off).append(span)
        day += timedelta(days=1)
    # Time off cancels weekly hours; extra hours the friend added explicitly always count.
    hours = merge([*subtract(weekly, off), *extra])
    return clip(hours, window)


def free_intervals(
    rules: AvailabilityRules, *, window: Interval, busy: Iterable[Interval], now: datetime
) -> list[Interval]:
    """Open hours minus busy time (each busy span widened by the buffer) minus the notice period."""
    earliest = now + rules.min_notice
    if earliest >= window.end:
        return []
    effective = Interval(max(window.start, earliest), window.end)
    holes = [b.widened(rules.buffer) for b in busy]
    return subtract(open_hours(rules, effective), holes)


def slot_starts(free: Sequence[Interval], *, length: timedelta, step: timedelta) -> list[datetime]:
    """Bookable start times: aligned to `step` (from the hour), each fitting `length` in a free span."""
    step_s = int(step.total_seconds())
    out: list[datetime] = []
    for iv in free:
        ts = int(iv.start.timestamp())
        aligned = ts + (-ts % step_s)
        t = datetime.fromtimestamp(aligned, UTC)
        while t + length <= iv.end:
            out.append(t)
            t += step
    return out


def fits(rules: AvailabilityRules, *, slot: Interval, busy: Iterable[Interval], now: datetime) -> bool:
    """Whether `slot` lies entirely in the friend's free time (the booking rule)."""
    free = free_intervals(rules, window=slot, busy=busy, now=now)
    return any(iv.contains(slot) for iv in free)


def local_week(at: datetime, zone: ZoneInfo) -> Interval:
    """The Monday-to-Monday week (in the friend's own timezone) that contains `at`, in UTC."""
    local_day = at.astimezone(zone).date()
    monday = local_day - timedelta(days=local_day.weekday())
    start = datetime.combine(monday, time(0, 0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(monday + timedelta(days=7), time(0, 0), tzinfo=zone).astimezone(UTC)
    return Interval(start, end)
