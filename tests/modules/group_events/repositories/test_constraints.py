"""The database itself refuses an overfilled event and a second seat for one person."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F

from modules.group_events.models import Event, Seat
from modules.group_events.repositories import events as repo
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.group_events.factories import event_of

pytestmark = pytest.mark.django_db


def test_seats_taken_can_never_pass_capacity_even_bypassing_the_services():
    event = event_of(FriendFactory(), capacity=2)
    Event.objects.filter(pk=event.id).update(seats_taken=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.id).update(seats_taken=F("seats_taken") + 1)
    assert Event.objects.get(pk=event.id).seats_taken == 2


def test_one_active_seat_per_person_but_a_new_one_after_cancelling():
    event, person = event_of(FriendFactory()), UserFactory()
    first = repo.add_seat(event_id=event.id, person_id=person.pk, status="confirmed", at=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        repo.add_seat(event_id=event.id, person_id=person.pk, status="waitlisted", at=NOW)
    repo.set_seat(first.id, at=NOW, status="cancelled")
    repo.add_seat(event_id=event.id, person_id=person.pk, status="waitlisted", at=NOW)
    assert Seat.objects.filter(event_id=event.id, person=person).count() == 2


def test_an_offer_always_carries_its_expiry():
    event, person = event_of(FriendFactory()), UserFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        repo.add_seat(event_id=event.id, person_id=person.pk, status="offered", at=NOW)
    repo.add_seat(
        event_id=event.id, person_id=person.pk, status="offered", at=NOW, offer_expires_at=NOW + timedelta(hours=2)
    )


def test_the_export_holds_what_the_person_hosted_and_booked():
    host, guest = FriendFactory(), UserFactory()
    event = event_of(host)
    repo.add_seat(event_id=event.id, person_id=guest.pk, status="confirmed", at=NOW)
    assert [r["id"] for r in repo.export_of(host.pk)["group_events.Event"]] == [event.id]
    assert repo.export_of(guest.pk)["group_events.Event"] == []
    assert [r["person_id"] for r in repo.export_of(guest.pk)["group_events.Seat"]] == [guest.pk]
