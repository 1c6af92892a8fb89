"""`notify` applies each person's preferences: channels per kind, quiet hours in their timezone."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from modules.notifications.models import Notification, Preference, QuietHours
from modules.notifications.public import NotificationKind, notify, redeliver_stale
from modules.notifications.services import preferences, unsubscribe
from modules.notifications.services.preferences import ChannelChange
from tests.modules.accounts.factories import UserFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _notify(user, kind, key="k1"):
    return notify(user_id=user.pk, key=key, kind=kind, title="Hello", body="Some news")


def test_marketing_is_off_until_the_person_turns_it_on(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    DeviceFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.MARKETING) is False
    assert not Notification.objects.exists()
    preferences.preferences_update(user_id=user.pk, changes=[ChannelChange(NotificationKind.MARKETING, email=True)])
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.MARKETING) is True
    assert fakes.push.sent == []
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]
    n = Notification.objects.get()
    assert (n.push, n.send_email, n.in_app) == (False, True, False)


def test_push_off_keeps_the_in_app_copy_and_sends_nothing(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user)
    Preference.objects.create(user=user, kind="new_message", push=False, email=False, in_app=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.NEW_MESSAGE) is True
    assert fakes.push.sent == []
    assert Notification.objects.get().status == "in_app"
    assert redeliver_stale() == 0  # nothing to deliver, ever


def test_in_app_off_pushes_but_stays_out_of_the_inbox(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user)
    Preference.objects.create(user=user, kind="new_match", push=True, email=False, in_app=False)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, NotificationKind.NEW_MATCH)
    assert len(fakes.push.sent) == 1
    from modules.notifications.services import inbox

    assert inbox.inbox_page(user_id=user.pk, limit=10, offset=0).total == 0
    assert inbox.unread_count(user_id=user.pk) == 0


def test_account_notifications_ignore_preferences(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user)
    Preference.objects.create(user=user, kind="account", push=False, email=False, in_app=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.ACCOUNT) is True
    assert len(fakes.push.sent) == 1


def test_a_plain_string_kind_must_be_a_known_one():
    with pytest.raises(ValueError):
        notify(user_id=UserFactory().pk, key="x", kind="chat_message", title="t", body="b")


def test_inside_quiet_hours_the_push_waits_for_their_end(fakes, clock, django_capture_on_commit_callbacks):
    # NOW is 06:00 UTC = 08:00 in Paris; quiet 07:30–09:00 Paris time ends at 07:00 UTC.
    user = UserFactory(profile__timezone="Europe/Paris")
    DeviceFactory(user=user, token="paris-phone-01")
    QuietHours.objects.create(user=user, start=time(7, 30), end=time(9, 0))
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.SESSION_REMINDER) is True
    assert fakes.push.sent == []  # not now
    n = Notification.objects.get()
    assert n.not_before == clock.now() + timedelta(hours=1)
    from modules.notifications.services import inbox

    assert inbox.unread_count(user_id=user.pk) == 1  # readable in the app at once
    assert redeliver_stale() == 0
    clock.advance(timedelta(minutes=59))
    assert redeliver_stale() == 0
    from modules.notifications.public import deliver

    assert deliver(notification_id=n.pk) == "skipped"  # a stray task does not jump the queue
    clock.advance(timedelta(minutes=1))
    assert redeliver_stale() == 1
    assert [p.device_token for p in fakes.push.sent] == ["paris-phone-01"]
    n.refresh_from_db()
    assert n.status == "sent"


def test_quiet_hours_follow_the_persons_timezone(fakes, clock, django_capture_on_commit_callbacks):
    # 06:00 UTC is 02:00 in New York (quiet) and 15:00 in Tokyo (not quiet).
    ny = UserFactory(profile__timezone="America/New_York")
    tokyo = UserFactory(profile__timezone="Asia/Tokyo")
    for person in (ny, tokyo):
        DeviceFactory(user=person)
        QuietHours.objects.create(user=person, start=time(22, 0), end=time(7, 0))
    with django_capture_on_commit_callbacks(execute=True):
        _notify(ny, NotificationKind.NEW_MATCH, key="ny")
        _notify(tokyo, NotificationKind.NEW_MATCH, key="tokyo")
    assert len(fakes.push.sent) == 1
    assert Notification.objects.get(key="ny").not_before == datetime.fromisoformat("2030-06-03T11:00:00+00:00")


def test_email_only_is_not_held_by_quiet_hours(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    QuietHours.objects.create(user=user, start=time(0, 0), end=time(23, 59))
    Preference.objects.create(user=user, kind="events", push=False, email=True, in_app=True)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, NotificationKind.EVENTS)
    assert len(fakes.email.outbox) == 1


def test_the_same_key_twice_is_one_notification_whatever_the_preferences_say_later(
    fakes, django_capture_on_commit_callbacks
):
    user = UserFactory()
    DeviceFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user, NotificationKind.SESSION_CHANGE, key="session-booked:1:1") is True
        assert _notify(user, NotificationKind.SESSION_CHANGE, key="session-booked:1:1") is False
    assert Notification.objects.count() == 1
    assert len(fakes.push.sent) == 1


def test_emails_of_configurable_kinds_carry_a_working_unsubscribe_link(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, NotificationKind.BILLING)
    (email,) = fakes.email.outbox
    link = email.headers["List-Unsubscribe"].strip("<>")
    assert link in email.text
    assert email.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = parse_qs(urlsplit(link).query)["token"][0]
    assert unsubscribe.read_token(token) == (user.pk, NotificationKind.BILLING)
    preferences.unsubscribe_confirm(token=token)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, NotificationKind.BILLING, key="k2")
    assert len(fakes.email.outbox) == 1  # that kind's email is off now
    assert Preference.objects.get(user=user, kind="billing").in_app is True  # the rest is untouched
