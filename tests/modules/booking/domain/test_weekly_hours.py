"""Weekly hours as UTC hours of the week (what matching compares with a user's day)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from modules.booking.domain.availability import WeeklyWindow
from modules.booking.domain.weekly_hours import week_start_of, weekly_hours_utc


def test_a_local_evening_lands_on_the_right_utc_hours_across_dst():
    window = [WeeklyWindow(0, 18 * 60, 20 * 60)]  # Mondays 18:00–20:00 in Berlin
    winter = weekly_hours_utc("Europe/Berlin", window, week_start=date(2030, 1, 7))
    summer = weekly_hours_utc("Europe/Berlin", window, week_start=date(2030, 7, 1))
    assert winter == {17, 18}  # UTC+1
    assert summer == {16, 17}  # UTC+2


def test_windows_wrap_around_the_week_and_partial_hours_count():
    sunday_night_la = [WeeklyWindow(6, 20 * 60, 21 * 60 + 30)]  # UTC−8 in January: Monday 04:00–05:30 UTC
    assert weekly_hours_utc("America/Los_Angeles", sunday_night_la, week_start=date(2030, 1, 7)) == {4, 5}


def test_week_start_is_the_utc_monday():
    assert week_start_of(datetime(2030, 1, 13, 23, 0, tzinfo=UTC)) == date(2030, 1, 7)
