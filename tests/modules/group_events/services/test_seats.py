"""Seat use cases called directly, with fakes for blocks and a controlled clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.clock import FrozenClock
from core.errors import Conflict, NotFound
from core.identity import Actor, Role
from modules.group_events import public
from modules.group_events.models import Event, Seat
from modules.group_events.services import events as event_services
from modules.group_events.services import seats
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.group_events.factories import NoBlocks, event_of

pytestmark = pytest.mark.django_db


class Blocks:
    def __init__(self, pairs: dict[int, frozenset[int]]) -> None:
        self.pairs = pairs

    def blocked_with(self, user_id: int) -> frozenset[int]:
        return self.pairs.get(user_id, frozenset())


def _user(u) -> Actor:
    return Actor(u.pk, Role.USER)


def _book(event, *people, now=NOW):
    return [seats.seat_book(actor=_user(p), event_id=event.id, blocks=NoBlocks(), now=now).seat for p in people]


def test_an_offer_moves_down_the_line_at_each_expiry_and_the_seat_frees_at_the_end():
    host, a, b, c = FriendFactory(), UserFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1)
    _book(event, a, b, c)
    clock = FrozenClock(NOW)
    seats.seat_cancel(actor=_user(a), event_id=event.id, now=clock.now())
    assert Seat.objects.get(event_id=event.id, person=b).status == "offered"
    clock.advance(timedelta(hours=2) - timedelta(seconds=1))
    assert seats.offers_expire_due(clock=clock) == 0
    with pytest.raises(Conflict):  # c is still waiting, not offered
        seats.offer_accept(actor=_user(c), event_id=event.id, now=clock.now())
    clock.advance(timedelta(seconds=1))
    with pytest.raises(Conflict) as lapsed:  # lapsed, even before the task has run
        seats.offer_accept(actor=_user(b), event_id=event.id, now=clock.now())
    assert lapsed.value.code == "offer_expired"
    assert seats.offers_expire_due(clock=clock) == 1
    assert Seat.objects.get(event_id=event.id, person=c).status == "offered"
    assert Notification.objects.filter(kind="events", key__startswith="event-seat-offered:").count() == 2
    clock.advance(timedelta(hours=2))
    assert seats.offers_expire_due(clock=clock) == 1
    assert Event.objects.get(pk=event.id).seats_taken == 0


def test_an_offer_made_close_to_the_start_ends_at_the_start():
    host, a, b = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1, start=NOW + timedelta(minutes=30))
    _book(event, a, b)
    seats.seat_cancel(actor=_user(a), event_id=event.id, now=NOW)
    assert Seat.objects.get(person=b).offer_expires_at == event.start


def test_a_block_with_any_host_reads_as_no_such_event():
    host, cohost, person = FriendFactory(), FriendFactory(), UserFactory()
    event = event_of(host)
    from modules.group_events.repositories.events import set_hosts

    set_hosts(event.id, [host.pk, cohost.pk])
    with pytest.raises(NotFound):
        seats.seat_book(
            actor=_user(person), event_id=event.id, blocks=Blocks({person.pk: frozenset({cohost.pk})}), now=NOW
        )
    assert not Seat.objects.exists()


def test_completion_is_idempotent_and_waits_for_the_end():
    event = event_of(FriendFactory(), hours=2)
    assert event_services.events_complete_due(now=event.end - timedelta(seconds=1)) == 0
    assert event_services.events_complete_due(now=event.end) == 1
    assert event_services.events_complete_due(now=event.end) == 0
    assert Event.objects.get(pk=event.id).status == "completed"


def test_erasure_gives_up_seats_and_cancels_events_hosted_alone(clock):
    host, cohosted_host, leaving, waiting = FriendFactory(), FriendFactory(), UserFactory(), UserFactory()
    alone = event_of(host, capacity=1)
    _book(alone, leaving, waiting)
    shared = event_of(cohosted_host)
    from modules.group_events.repositories.events import set_hosts

    set_hosts(shared.id, [cohosted_host.pk, host.pk])
    public.personal_data_erase(leaving.pk)
    assert Seat.objects.get(event_id=alone.id, person=waiting).status == "offered"
    public.personal_data_erase(host.pk)
    assert Event.objects.get(pk=alone.id).status == "cancelled"
    assert Event.objects.get(pk=shared.id).status == "published"  # a co-host carries on
    public.personal_data_erase(host.pk)  # idempotent
    assert Notification.objects.filter(user=waiting, kind="events", key__startswith="event-cancelled:").count() == 1
