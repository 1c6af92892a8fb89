from __future__ import annotations

from datetime import timedelta

import pytest

from modules.booking.public import send_reminders
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def test_reminder_fifteen_minutes_before_once_for_both(clock, fakes, django_capture_on_commit_callbacks):
    user, friend = UserFactory(), FriendFactory()
    DeviceFactory(user=user)
    DeviceFactory(user=friend)
    soon = SessionFactory(user=user, friend=friend, start=NOW + timedelta(minutes=14), end=NOW + timedelta(minutes=74))
    # Starts later than 15 minutes from now: not yet.
    SessionFactory(
        user=UserFactory(), friend=FriendFactory(), start=NOW + timedelta(minutes=40), end=NOW + timedelta(minutes=100)
    )
    SessionFactory(
        user=UserFactory(),
        friend=friend,
        start=NOW + timedelta(minutes=5),
        end=NOW + timedelta(minutes=35),
        status="cancelled",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders() == 2
    assert sorted(p.data["session_id"] for p in fakes.push.sent) == [str(soon.pk)] * 2
    assert {n.user_id for n in Notification.objects.all()} == {user.pk, friend.pk}
    # Every minute beat runs it again: nothing new.
    clock.advance(timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders() == 0
    assert len(fakes.push.sent) == 2
    assert Notification.objects.filter(kind="session_reminder").count() == 2
