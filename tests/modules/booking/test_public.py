"""booking.public as matching uses it: friends' hours and weekly capacity, in bulk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from modules.booking.public import friends_at_weekly_capacity, weekly_open_hours_utc
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import AvailabilityFactory, SessionFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2030, 1, 9, 12, 0, tzinfo=UTC)  # a Wednesday


def test_open_hours_of_many_friends():
    a, b, none = FriendFactory(), FriendFactory(), FriendFactory()
    AvailabilityFactory(friend=a)
    AvailabilityFactory(friend=b, weekly=[{"weekday": 1, "start_minute": 60, "end_minute": 120}])
    hours = weekly_open_hours_utc([a.pk, b.pk, none.pk], now=NOW)
    assert set(hours) == {a.pk, b.pk}
    assert hours[b.pk] == {24 + 1}
    assert len(hours[a.pk]) == 7 * 12


def test_capacity_counts_holding_sessions_of_this_iso_week():
    busy, free = FriendFactory(), FriendFactory()
    monday = datetime(2030, 1, 7, 10, tzinfo=UTC)
    SessionFactory(user=UserFactory(), friend=busy, start=monday)
    SessionFactory(user=UserFactory(), friend=busy, start=monday + timedelta(days=1))
    SessionFactory(user=UserFactory(), friend=busy, start=monday + timedelta(days=2), status="cancelled")
    SessionFactory(user=UserFactory(), friend=free, start=monday - timedelta(days=1))  # last week
    assert friends_at_weekly_capacity({busy.pk: 2, free.pk: 1}, now=NOW) == {busy.pk}
    assert friends_at_weekly_capacity({busy.pk: 3}, now=NOW) == set()


def test_capacity_of_a_page_counts_in_each_friends_own_week():
    """Sunday 20:00 in Los Angeles is Monday 04:00 UTC: for that friend it is still last week."""
    la, utc = FriendFactory(), FriendFactory()
    AvailabilityFactory(friend=la, timezone="America/Los_Angeles")
    AvailabilityFactory(friend=utc)
    sunday_evening_la = datetime(2030, 1, 7, 4, tzinfo=UTC)
    for friend in (la, utc):
        SessionFactory(user=UserFactory(), friend=friend, start=sunday_evening_la)
    wednesday = NOW
    assert friends_at_weekly_capacity({la.pk: 1, utc.pk: 1}, now=wednesday) == {utc.pk}
