"""Availability rules, pure (no database): DST, exceptions, notice, buffers, half-open ranges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modules.booking.domain.availability import (
    AvailabilityRules,
    DatedException,
    ExceptionKind,
    WeeklyWindow,
    fits,
    free_intervals,
    local_to_utc,
    open_hours,
    slot_starts,
)
from modules.booking.domain.intervals import Interval, merge, subtract

NY = ZoneInfo("America/New_York")
H = timedelta(hours=1)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def every_day(start_h: int, end_h: int) -> tuple[WeeklyWindow, ...]:
    return tuple(WeeklyWindow(d, start_h * 60, end_h * 60) for d in range(7))


def test_weekly_slot_stays_at_local_wall_clock_across_dst():
    # Mondays 18:00–19:00 in New York: 22:00Z in summer (EDT), 23:00Z in winter (EST).
    rules = AvailabilityRules("America/New_York", weekly=(WeeklyWindow(0, 18 * 60, 19 * 60),), min_notice=timedelta(0))
    window = Interval(utc(2026, 10, 26), utc(2026, 11, 8))
    hours = open_hours(rules, window)
    assert [h.start.astimezone(NY).hour for h in hours] == [18, 18]
    assert [h.start for h in hours] == [utc(2026, 10, 26, 22), utc(2026, 11, 2, 23)]


def test_window_starting_in_the_spring_forward_gap_starts_when_the_clock_resumes():
    # 2026-03-08 02:00 → 03:00 in New York. A 02:30–04:00 window really opens at 03:30 EDT.
    assert local_to_utc(date(2026, 3, 8), 150, NY, at_end=False) == utc(2026, 3, 8, 7, 30)
    rules = AvailabilityRules(
        "America/New_York", exceptions=(DatedException(date(2026, 3, 8), ExceptionKind.EXTRA, 150, 240),)
    )
    hours = open_hours(rules, Interval(utc(2026, 3, 8), utc(2026, 3, 9)))
    assert hours == [Interval(utc(2026, 3, 8, 7, 30), utc(2026, 3, 8, 8))]


def test_window_entirely_inside_the_gap_moves_forward_whole():
    # RFC 5545 reading: 02:05–02:35 does not exist that night, so it is 03:05–03:35 EDT.
    rules = AvailabilityRules(
        "America/New_York", exceptions=(DatedException(date(2026, 3, 8), ExceptionKind.EXTRA, 125, 155),)
    )
    hours = open_hours(rules, Interval(utc(2026, 3, 8), utc(2026, 3, 9)))
    assert hours == [Interval(utc(2026, 3, 8, 7, 5), utc(2026, 3, 8, 7, 35))]


def test_ambiguous_fall_back_hour_is_covered_in_full():
    # 2026-11-01 01:00–02:00 happens twice in New York; a 01:00–02:00 window covers both (2 real hours).
    rules = AvailabilityRules(
        "America/New_York", exceptions=(DatedException(date(2026, 11, 1), ExceptionKind.EXTRA, 60, 120),)
    )
    hours = open_hours(rules, Interval(utc(2026, 11, 1), utc(2026, 11, 2)))
    assert hours == [Interval(utc(2026, 11, 1, 5), utc(2026, 11, 1, 7))]


def test_time_off_cancels_weekly_hours_and_extra_hours_add():
    day = date(2026, 12, 2)  # a Wednesday
    rules = AvailabilityRules(
        "UTC",
        weekly=every_day(9, 17),
        exceptions=(
            DatedException(day, ExceptionKind.OFF),
            DatedException(day, ExceptionKind.EXTRA, 20 * 60, 22 * 60),
            DatedException(date(2026, 12, 3), ExceptionKind.OFF, 12 * 60, 13 * 60),
        ),
    )
    hours = open_hours(rules, Interval(utc(2026, 12, 2), utc(2026, 12, 4)))
    assert hours == [
        Interval(utc(2026, 12, 2, 20), utc(2026, 12, 2, 22)),
        Interval(utc(2026, 12, 3, 9), utc(2026, 12, 3, 12)),
        Interval(utc(2026, 12, 3, 13), utc(2026, 12, 3, 17)),
    ]


def test_notice_and_buffer_shrink_free_time():
    rules = AvailabilityRules("UTC", weekly=every_day(9, 17), min_notice=2 * H, buffer=timedelta(minutes=15))
    now = utc(2026, 12, 2, 8)
    busy = [Interval(utc(2026, 12, 2, 13), utc(2026, 12, 2, 14))]
    free = free_intervals(rules, window=Interval(utc(2026, 12, 2), utc(2026, 12, 3)), busy=busy, now=now)
    assert free == [
        Interval(utc(2026, 12, 2, 10), utc(2026, 12, 2, 12, 45)),
        Interval(utc(2026, 12, 2, 14, 15), utc(2026, 12, 2, 17)),
    ]


def test_back_to_back_sessions_fit_without_buffer_but_overlaps_do_not():
    rules = AvailabilityRules("UTC", weekly=every_day(9, 17), min_notice=timedelta(0))
    now = utc(2026, 12, 1)
    busy = [Interval(utc(2026, 12, 2, 10), utc(2026, 12, 2, 11))]
    assert fits(rules, slot=Interval(utc(2026, 12, 2, 11), utc(2026, 12, 2, 12)), busy=busy, now=now)
    assert fits(rules, slot=Interval(utc(2026, 12, 2, 9), utc(2026, 12, 2, 10)), busy=busy, now=now)
    assert not fits(rules, slot=Interval(utc(2026, 12, 2, 10, 30), utc(2026, 12, 2, 11, 30)), busy=busy, now=now)
    assert not fits(rules, slot=Interval(utc(2026, 12, 2, 16, 30), utc(2026, 12, 2, 17, 30)), busy=busy, now=now)


def test_slot_starts_are_aligned_and_fit():
    free = [Interval(utc(2026, 12, 2, 9, 10), utc(2026, 12, 2, 11))]
    starts = slot_starts(free, length=timedelta(minutes=60), step=timedelta(minutes=30))
    assert starts == [utc(2026, 12, 2, 9, 30), utc(2026, 12, 2, 10)]


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="aware"):
        Interval(datetime(2026, 1, 1), datetime(2026, 1, 2))


def test_invalid_windows_are_refused():
    with pytest.raises(ValueError, match="window"):
        WeeklyWindow(0, 600, 600)
    with pytest.raises(ValueError, match="weekday"):
        WeeklyWindow(7, 0, 60)


_minutes = st.integers(min_value=0, max_value=2000)
_intervals = st.lists(
    st.tuples(_minutes, st.integers(min_value=1, max_value=300)).map(
        lambda p: Interval(utc(2026, 1, 1) + timedelta(minutes=p[0]), utc(2026, 1, 1) + timedelta(minutes=p[0] + p[1]))
    ),
    max_size=8,
)


@given(_intervals, _intervals)
def test_subtract_leaves_nothing_that_overlaps_a_hole_and_loses_nothing_else(base, holes):
    result = subtract(base, holes)
    assert all(not r.overlaps(h) for r in result for h in holes)
    # Every minute of the base that is in no hole survives.
    for b in merge(base):
        t = b.start
        while t < b.end:
            minute = Interval(t, t + timedelta(minutes=1))
            if not any(minute.overlaps(h) for h in holes):
                assert any(r.contains(minute) for r in result)
            t += timedelta(minutes=1)
