"""The outbox: queued inside the caller's transaction, delivered after commit, once."""

from __future__ import annotations

import pytest
from django.db import transaction

from modules.notifications.models import Device, Notification
from modules.notifications.public import deliver, notify, redeliver_stale
from tests.modules.accounts.factories import UserFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _notify(user, key="k1", **kw):
    return notify(user_id=user.pk, key=key, kind="test", title="Hi", body="There", data={"x": 1}, **kw)


def test_delivered_to_every_device_after_commit_once(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    DeviceFactory(user=user, token="tablet-aaaaaaa")
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user) is True
        assert fakes.push.sent == []  # nothing leaves before the commit
    assert sorted(p.device_token for p in fakes.push.sent) == ["phone-aaaaaaaa", "tablet-aaaaaaa"]
    assert fakes.push.sent[0].data["notification_id"] == str(Notification.objects.get().pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert _notify(user) is False  # same key: nothing new
    assert len(fakes.push.sent) == 2
    assert Notification.objects.get().status == "sent"


def test_a_rolled_back_transaction_sends_nothing(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                _notify(user)
                raise RuntimeError("the caller failed")
        except RuntimeError:
            pass
    assert fakes.push.sent == []
    assert not Notification.objects.exists()


def test_a_replayed_task_sends_nothing_more(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    notification_id = Notification.objects.get().pk
    assert deliver(notification_id=notification_id) == "skipped"
    assert len(fakes.push.sent) == 1


def test_invalid_tokens_are_forgotten_and_outages_retried(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user, token="gone-aaaaaaaaa")
    DeviceFactory(user=user, token="live-aaaaaaaaa")
    fakes.push.invalid_tokens.add("gone-aaaaaaaaa")
    fakes.push.unavailable = True
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    n = Notification.objects.get()
    assert (n.status, n.attempts) == ("pending", 1)
    fakes.push.unavailable = False
    Notification.objects.filter(pk=n.pk).update(created_at=n.created_at.replace(year=2000))
    assert redeliver_stale() == 1
    n.refresh_from_db()
    assert n.status == "sent"
    assert [p.device_token for p in fakes.push.sent] == ["live-aaaaaaaaa"]
    assert list(Device.objects.values_list("token", flat=True)) == ["live-aaaaaaaaa"]


def test_no_device_is_recorded_and_email_is_sent_when_asked(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, key="no-device")
        _notify(user, key="with-email", send_email=True)
    statuses = dict(Notification.objects.values_list("key", "status"))
    assert statuses == {"no-device": "no_device", "with-email": "sent"}
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]
