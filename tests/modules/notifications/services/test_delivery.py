"""The outbox: queued inside the caller's transaction, delivered after commit, once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction

from modules.notifications.models import Device, Notification
from modules.notifications.public import NotificationKind, deliver, notify, redeliver_stale
from modules.notifications.services.delivery import MAX_ATTEMPTS
from tests.modules.accounts.factories import UserFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _notify(user, key="k1", kind=NotificationKind.SESSION_REMINDER):
    """A kind that pushes and has no email by default; BILLING also emails."""
    return notify(user_id=user.pk, key=key, kind=kind, title="Hi", body="There", data={"x": 1})


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
    assert redeliver_stale() == 0  # backing off: not due yet
    Notification.objects.filter(pk=n.pk).update(next_attempt_at=n.created_at.replace(year=2000))
    assert redeliver_stale() == 1
    n.refresh_from_db()
    assert n.status == "sent"
    assert [p.device_token for p in fakes.push.sent] == ["live-aaaaaaaaa"]
    assert list(Device.objects.values_list("token", flat=True)) == ["live-aaaaaaaaa"]


def test_no_device_is_recorded_and_email_is_sent_when_asked(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, key="no-device")
        _notify(user, key="with-email", kind=NotificationKind.BILLING)
    statuses = dict(Notification.objects.values_list("key", "status"))
    assert statuses == {"no-device": "no_device", "with-email": "sent"}
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]


def _due_again(n: Notification) -> None:
    """Move the notification's next attempt into the past (as time passing would)."""
    Notification.objects.filter(pk=n.pk).update(next_attempt_at=n.created_at.replace(year=2000))


def _pushes_to(fakes, token: str) -> int:
    return sum(1 for p in fakes.push.sent if p.device_token == token)


@pytest.mark.parametrize("fcm_error", ["INVALID_ARGUMENT", "THIRD_PARTY_AUTH_ERROR", "PERMISSION_DENIED"])
def test_a_refusing_device_does_not_resend_to_the_others(fakes, django_capture_on_commit_callbacks, fcm_error):
    """Regression: an error that was neither "device gone" nor "outage" rolled the attempt back,
    so every sweep re-sent to the person's other devices, forever."""
    user = UserFactory()
    DeviceFactory(user=user, token="good-aaaaaaaaa")
    DeviceFactory(user=user, token="bad-aaaaaaaaaa")
    fakes.push.failing_tokens["bad-aaaaaaaaaa"] = fcm_error
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    n = Notification.objects.get()
    assert (n.status, n.attempts) == ("sent", 1)
    assert n.outcomes == {
        f"device:{Device.objects.get(token='good-aaaaaaaaa').pk}": "sent",
        f"device:{Device.objects.get(token='bad-aaaaaaaaaa').pk}": "refused",
    }
    for _ in range(3):
        _due_again(n)
        assert redeliver_stale() == 0
    assert _pushes_to(fakes, "good-aaaaaaaaa") == 1
    assert Device.objects.filter(token="bad-aaaaaaaaaa").exists()  # the message was refused, not the device


def test_a_malformed_token_is_forgotten_and_the_others_get_it(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user, token="good-aaaaaaaaa")
    DeviceFactory(user=user, token="garbled-aaaaaa")
    fakes.push.failing_tokens["garbled-aaaaaa"] = "INVALID_TOKEN"
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    assert Notification.objects.get().status == "sent"
    assert list(Device.objects.values_list("token", flat=True)) == ["good-aaaaaaaaa"]
    assert [p.device_token for p in fakes.push.sent] == ["good-aaaaaaaaa"]


def test_a_refused_email_does_not_resend_the_push(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="gone@example.com")
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    fakes.email.refused_addresses.add("gone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, kind=NotificationKind.BILLING)
    n = Notification.objects.get()
    assert (n.status, n.attempts, n.outcomes["email"]) == ("sent", 1, "refused")
    _due_again(n)
    assert redeliver_stale() == 0
    assert len(fakes.push.sent) == 1


def test_only_refusals_end_as_failed(fakes, django_capture_on_commit_callbacks):
    user = UserFactory(email="gone@example.com")
    fakes.email.refused_addresses.add("gone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, kind=NotificationKind.BILLING)
    assert Notification.objects.get().status == "failed"


def test_each_device_and_channel_is_retried_on_its_own(fakes, clock, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    DeviceFactory(user=user, token="tablet-aaaaaaa")
    fakes.push.unavailable_tokens.add("tablet-aaaaaaa")
    fakes.email.unavailable = True
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user, kind=NotificationKind.BILLING)
    n = Notification.objects.get()
    assert (n.status, n.attempts) == ("pending", 1)
    assert "device:" in n.last_error
    assert "email" in n.last_error
    assert "tablet" not in n.last_error  # ids, never tokens
    fakes.push.unavailable_tokens.clear()
    fakes.email.unavailable = False
    clock.advance(timedelta(minutes=1))
    assert redeliver_stale() == 1
    n.refresh_from_db()
    assert (n.status, n.attempts, n.last_error) == ("sent", 2, "")
    assert sorted(p.device_token for p in fakes.push.sent) == ["phone-aaaaaaaa", "tablet-aaaaaaa"]
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]


def test_outages_back_off_and_give_up_as_failed(fakes, clock, django_capture_on_commit_callbacks):
    user = UserFactory()
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    fakes.push.unavailable = True
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    waits = []
    for _ in range(MAX_ATTEMPTS * 3):
        n = Notification.objects.get()
        if n.status != "pending":
            break
        waits.append(n.next_attempt_at - clock.now())
        assert redeliver_stale() == 0  # not before its time
        clock.set(n.next_attempt_at)
        assert redeliver_stale() == 1
    n = Notification.objects.get()
    assert (n.status, n.attempts, n.next_attempt_at) == ("failed", MAX_ATTEMPTS, None)
    assert "unavailable" in n.last_error or "down" in n.last_error
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    clock.advance(timedelta(days=1))
    assert redeliver_stale() == 0
    assert fakes.push.sent == []


def test_an_unexpected_error_mid_send_still_counts_the_attempt(fakes, clock, django_capture_on_commit_callbacks):
    """Whatever happens while sending, the attempt was counted before it: bounded retries."""
    user = UserFactory()
    DeviceFactory(user=user, token="phone-aaaaaaaa")

    def broken_send(**kwargs):
        raise RuntimeError("a bug in the sender")

    fakes.push.send = broken_send
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    n = Notification.objects.get()
    assert (n.status, n.attempts) == ("pending", 1)
    assert deliver(notification_id=n.pk) == "skipped"  # a replayed task waits for the backoff
    for _ in range(MAX_ATTEMPTS):
        clock.advance(timedelta(hours=1))
        redeliver_stale()
    n.refresh_from_db()
    assert (n.status, n.attempts) == ("failed", MAX_ATTEMPTS)
