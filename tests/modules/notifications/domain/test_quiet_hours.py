"""Quiet hours are wall-clock time in the person's timezone, across midnight and DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from modules.notifications.domain.kinds import (
    CONFIGURABLE,
    DEFAULTS,
    Channels,
    NotificationKind,
    channels_for,
)
from modules.notifications.domain.quiet_hours import QuietHours, quiet_until

NIGHT = QuietHours(time(22, 0), time(7, 0))
LUNCH = QuietHours(time(12, 0), time(14, 0))


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "until"),
    [
        (_utc(2030, 6, 3, 21, 0), _utc(2030, 6, 4, 5, 0)),  # 23:00 in Paris (UTC+2): until 07:00 next day
        (_utc(2030, 6, 4, 3, 0), _utc(2030, 6, 4, 5, 0)),  # 05:00 in Paris: until 07:00 that day
        (_utc(2030, 6, 3, 19, 59), None),  # 21:59 in Paris: not yet
        (_utc(2030, 6, 4, 5, 0), None),  # 07:00 exactly: over (half-open)
        (_utc(2030, 6, 3, 20, 0), _utc(2030, 6, 4, 5, 0)),  # 22:00 exactly: inside
    ],
)
def test_a_window_across_midnight_in_paris(now, until):
    assert quiet_until(NIGHT, timezone="Europe/Paris", now=now) == until


def test_a_daytime_window():
    assert quiet_until(LUNCH, timezone="UTC", now=_utc(2030, 6, 3, 13, 0)) == _utc(2030, 6, 3, 14, 0)
    assert quiet_until(LUNCH, timezone="UTC", now=_utc(2030, 6, 3, 14, 0)) is None
    assert quiet_until(LUNCH, timezone="UTC", now=_utc(2030, 6, 3, 11, 59)) is None


def test_the_same_instant_is_quiet_for_one_person_and_not_another():
    now = _utc(2030, 6, 3, 23, 0)  # 01:00 in Paris, 19:00 in New York
    assert quiet_until(NIGHT, timezone="Europe/Paris", now=now) == _utc(2030, 6, 4, 5, 0)
    assert quiet_until(NIGHT, timezone="America/New_York", now=now) is None


def test_the_night_clocks_go_forward_ends_at_seven_summer_time():
    # Paris, 31 March 2030: 02:00 CET → 03:00 CEST. 07:00 that morning is 05:00 UTC, not 06:00.
    now = _utc(2030, 3, 30, 23, 30)  # 00:30 CET
    assert quiet_until(NIGHT, timezone="Europe/Paris", now=now) == _utc(2030, 3, 31, 5, 0)


def test_the_night_clocks_go_back_ends_at_seven_winter_time():
    # Paris, 27 October 2030: 03:00 CEST → 02:00 CET. 07:00 that morning is 06:00 UTC.
    now = _utc(2030, 10, 26, 22, 30)  # 00:30 CEST
    assert quiet_until(NIGHT, timezone="Europe/Paris", now=now) == _utc(2030, 10, 27, 6, 0)


def test_an_end_in_the_skipped_hour_resolves_after_the_gap():
    # Ends at 02:30, which does not exist on 31 March 2030 in Paris: the push waits until 03:30 CEST.
    hours = QuietHours(time(23, 0), time(2, 30))
    until = quiet_until(hours, timezone="Europe/Paris", now=_utc(2030, 3, 30, 23, 30))
    assert until == _utc(2030, 3, 31, 1, 30)
    assert until > _utc(2030, 3, 30, 23, 30)


def test_no_window_and_an_empty_window_are_never_quiet():
    now = _utc(2030, 6, 3, 23, 0)
    assert quiet_until(None, timezone="UTC", now=now) is None
    assert quiet_until(QuietHours(time(7, 0), time(7, 0)), timezone="UTC", now=now) is None


def test_marketing_is_off_by_default_and_account_is_not_configurable():
    assert DEFAULTS[NotificationKind.MARKETING] == Channels(push=False, email=False, in_app=False)
    assert NotificationKind.ACCOUNT not in CONFIGURABLE
    off = Channels(push=False, email=False, in_app=False)
    # A stored choice for a transactional kind (there should be none) changes nothing.
    assert channels_for(NotificationKind.ACCOUNT, {NotificationKind.ACCOUNT: off}) == DEFAULTS[NotificationKind.ACCOUNT]
    assert channels_for(NotificationKind.NEW_MESSAGE, {NotificationKind.NEW_MESSAGE: off}) == off
    assert channels_for(NotificationKind.NEW_MESSAGE, {}) == DEFAULTS[NotificationKind.NEW_MESSAGE]
