from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from modules.accounts.models import User
from modules.booking.models import FriendAvailability

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_friends_have_hours():
    call_command("seed_demo", stdout=StringIO())
    users = User.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert User.objects.count() == users
    friends = User.objects.filter(role="friend")
    assert friends.count() >= 3
    assert FriendAvailability.objects.filter(friend__in=friends).count() == friends.count()


def test_seed_demo_has_two_upcoming_events_one_full_with_a_waitlist():
    from modules.group_events.models import Event, Seat

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    events = list(Event.objects.filter(status="published").order_by("start"))
    assert len(events) == 2
    assert [e.capacity - e.seats_taken for e in events] == [1, 0]
    assert Seat.objects.filter(event=events[1], status="waitlisted").count() == 1


def test_seed_demo_has_one_ready_recording_the_demo_user_can_play(client, fakes):
    from modules.recordings.models import Recording
    from tests.modules.accounts.factories import bearer

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    rec = Recording.objects.get()
    assert rec.state == "ready"
    assert rec.user_consented_at is not None
    assert rec.friend_consented_at is not None
    assert fakes.media.stat(key=rec.object_key).content_type == "audio/wav"
    user = User.objects.get(email="user@demo.humanlink.local")
    link = client.get(f"/api/recordings/{rec.pk}/playback", headers=bearer(user))
    assert link.status_code == 200
