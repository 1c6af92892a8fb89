"""Included-in-plan events: a confirmed seat takes an included session, like a booking, and the
same give-back policy applies (in time or the hosts cancel: back; late: spent)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import RuleViolated
from core.identity import Actor, Role
from modules.billing.models import IncludedSessionUse
from modules.group_events.models import Seat
from modules.group_events.services import events as event_services
from modules.group_events.services import seats
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.billing.factories import SubscriberFactory, subscribe
from tests.modules.group_events.factories import NoBlocks, event_of

pytestmark = pytest.mark.django_db


def _book(event, person, now=NOW):
    return seats.seat_book(actor=Actor(person.pk, Role.USER), event_id=event.id, blocks=NoBlocks(), now=now).seat


def _uses(person, *, returned=False):
    return IncludedSessionUse.objects.filter(
        subscription__user=person, event_seat_id__isnull=False, returned_at__isnull=not returned
    ).count()


def test_a_seat_takes_an_included_session_and_no_plan_means_no_seat_nor_place_in_line(clock):
    event = event_of(FriendFactory(), capacity=1, included_in_plan=True)
    subscriber, nobody = SubscriberFactory(), UserFactory()
    with pytest.raises(RuleViolated) as refused:
        _book(event, nobody)
    assert refused.value.code == "not_entitled"
    assert not Seat.objects.exists()  # nothing half-done
    _book(event, subscriber)
    assert _uses(subscriber) == 1
    with pytest.raises(RuleViolated):
        _book(event, UserFactory())  # the waitlist too needs a covering plan
    waiting = SubscriberFactory()
    assert _book(event, waiting).status == "waitlisted"
    assert _uses(waiting) == 0  # nothing taken while waiting


def test_the_plans_limit_counts_seats_and_sessions_together(clock):
    person = UserFactory()
    subscribe(person)  # 4 included sessions
    for i in range(4):
        _book(event_of(FriendFactory(), included_in_plan=True, start=NOW + timedelta(days=i + 1)), person)
    with pytest.raises(RuleViolated):
        _book(event_of(FriendFactory(), included_in_plan=True, start=NOW + timedelta(days=6)), person)


def test_cancelling_in_time_gives_it_back_late_spends_it(clock):
    person = SubscriberFactory()
    early = event_of(FriendFactory(), included_in_plan=True, start=NOW + timedelta(days=3))
    late = event_of(FriendFactory(), included_in_plan=True, start=NOW + timedelta(hours=5))
    _book(early, person)
    _book(late, person)
    seats.seat_cancel(actor=Actor(person.pk, Role.USER), event_id=early.id, now=NOW)
    seats.seat_cancel(actor=Actor(person.pk, Role.USER), event_id=late.id, now=NOW)
    assert _uses(person, returned=True) == 1
    assert _uses(person) == 1


def test_an_offer_taken_consumes_and_a_host_cancelling_gives_everything_back(clock):
    host = FriendFactory()
    event = event_of(host, capacity=1, included_in_plan=True)
    first, second = SubscriberFactory(), SubscriberFactory()
    _book(event, first)
    _book(event, second)
    seats.seat_cancel(actor=Actor(first.pk, Role.USER), event_id=event.id, now=NOW)
    seats.offer_accept(actor=Actor(second.pk, Role.USER), event_id=event.id, now=NOW)
    assert _uses(second) == 1
    event_services.event_cancel(
        actor=Actor(host.pk, Role.FRIEND), event_id=event.id, reason="", blocks=NoBlocks(), now=NOW
    )
    assert _uses(second) == 0
    assert _uses(second, returned=True) == 1
