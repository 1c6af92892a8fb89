"""Events' pure rules: schedules, prices, what may change when, where a new arrival sits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import Conflict, InvalidInput, RuleViolated
from modules.group_events.domain import events as rules
from modules.group_events.domain.events import EventStatus, SeatStatus

NOW = datetime(2030, 6, 3, 6, 0, tzinfo=UTC)


def test_a_schedule_is_in_the_future_and_between_15_minutes_and_12_hours():
    start = NOW + timedelta(days=1)
    assert rules.check_schedule(start=start, end=start + timedelta(hours=1), now=NOW).end == start + timedelta(hours=1)
    for end in (start, start - timedelta(hours=1), start + timedelta(minutes=10), start + timedelta(hours=13)):
        with pytest.raises(InvalidInput):
            rules.check_schedule(start=start, end=end, now=NOW)
    with pytest.raises(InvalidInput):
        rules.check_schedule(start=NOW, end=NOW + timedelta(hours=1), now=NOW)


def test_an_event_is_paid_or_included_never_both():
    rules.check_price(price_minor=500, included_in_plan=False)
    rules.check_price(price_minor=0, included_in_plan=True)
    with pytest.raises(InvalidInput):
        rules.check_price(price_minor=500, included_in_plan=True)


def test_a_published_event_keeps_its_shape_and_closed_ones_stay_closed():
    rules.check_editable(EventStatus.DRAFT, {"capacity", "start", "title"})
    rules.check_editable(EventStatus.PUBLISHED, {"title", "description"})
    with pytest.raises(Conflict) as published:
        rules.check_editable(EventStatus.PUBLISHED, {"title", "capacity"})
    assert published.value.code == "event_published"
    assert published.value.extra == {"fields": ["capacity"]}
    for closed in (EventStatus.CANCELLED, EventStatus.COMPLETED):
        with pytest.raises(Conflict) as error:
            rules.check_editable(closed, {"title"})
        assert error.value.code == "event_closed"


def test_a_new_arrival_sits_while_seats_are_left_then_waits():
    assert rules.place_for(seats_taken=0, capacity=1) == SeatStatus.CONFIRMED
    assert rules.place_for(seats_taken=9, capacity=10) == SeatStatus.CONFIRMED
    assert rules.place_for(seats_taken=10, capacity=10) == SeatStatus.WAITLISTED


def test_an_offer_lasts_its_window_but_never_past_the_start():
    window = timedelta(hours=2)
    assert rules.offer_expiry(now=NOW, offer_window=window, start=NOW + timedelta(days=1)) == NOW + window
    assert rules.offer_expiry(now=NOW, offer_window=window, start=NOW + timedelta(hours=1)) == NOW + timedelta(hours=1)


def test_booking_closes_at_the_start_and_only_published_events_take_bookings():
    start = NOW + timedelta(hours=1)
    rules.check_bookable(EventStatus.PUBLISHED, start=start, now=NOW)
    with pytest.raises(RuleViolated):
        rules.check_bookable(EventStatus.PUBLISHED, start=start, now=start)
    for status in (EventStatus.DRAFT, EventStatus.CANCELLED, EventStatus.COMPLETED):
        with pytest.raises(RuleViolated):
            rules.check_bookable(status, start=start, now=NOW)


def test_no_shows_are_for_confirmed_seats_once_the_event_started():
    start = NOW
    rules.check_no_show_reportable(status=EventStatus.PUBLISHED, seat=SeatStatus.CONFIRMED, start=start, now=NOW)
    with pytest.raises(RuleViolated):
        rules.check_no_show_reportable(
            status=EventStatus.PUBLISHED, seat=SeatStatus.CONFIRMED, start=start, now=NOW - timedelta(minutes=1)
        )
    with pytest.raises(RuleViolated):
        rules.check_no_show_reportable(status=EventStatus.PUBLISHED, seat=SeatStatus.WAITLISTED, start=start, now=NOW)


def test_cover_keys_belong_to_their_uploader():
    key = rules.new_cover_key(7)
    assert rules.cover_key_owned_by(key, 7)
    assert not rules.cover_key_owned_by(key, 8)
    assert not rules.cover_key_owned_by("event-covers/7/../8/x", 7)
