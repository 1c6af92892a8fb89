"""Renewal reminders and reconciliation's retries: every channel on its own, one failure never
holds back the rest, and a reminder is retried for a bounded time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.ports.push import PushUnavailable
from entrypoints.container import get_container
from modules.billing.models import Reminder
from modules.billing.public import reconcile_run, reminder_send_run
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


class DownUserPush:
    def __init__(self) -> None:
        self.tried = 0

    def notify_user(self, **kwargs) -> None:
        self.tried += 1
        raise PushUnavailable("fake FCM is down")


def _reminder(user, key: str, created_at=NOW) -> Reminder:
    return Reminder.objects.create(
        user=user, key=key, kind="invoice.upcoming", title="Renews soon", body="On Friday", created_at=created_at
    )


def test_a_refused_email_does_not_stop_reconciliation(clock, fakes, user_push):
    refused, fine = UserFactory(email="gone@example.com"), UserFactory(email="ok@example.com")
    first, second = _reminder(refused, "r1"), _reminder(fine, "r2")
    fakes.email.refused_addresses.add("gone@example.com")

    reconcile_run()  # used to raise EmailError here, every hour, and never reach the second one

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.push_sent_at is not None
    assert first.email_sent_at is None
    assert (second.push_sent_at, second.email_sent_at) == (NOW, NOW)
    assert [m.to for m in fakes.email.outbox] == ["ok@example.com"]
    assert sorted(n.user_id for n in user_push.sent) == sorted([refused.pk, fine.pk])


def test_a_push_outage_does_not_hold_back_the_email(clock, fakes, user_push):
    reminder = _reminder(UserFactory(email="ann@example.com"), "r1")
    with get_container().user_push.override(DownUserPush()), pytest.raises(PushUnavailable):
        reminder_send_run(reminder.pk)
    reminder.refresh_from_db()
    assert (reminder.push_sent_at, reminder.email_sent_at) == (None, NOW)
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]

    clock.advance(timedelta(hours=1))
    reconcile_run()  # the push is back: only the push goes out
    reminder.refresh_from_db()
    assert reminder.push_sent_at == NOW + timedelta(hours=1)
    assert len(user_push.sent) == 1
    assert len(fakes.email.outbox) == 1


def test_reconciliation_gives_up_on_a_reminder_after_three_days(clock, fakes):
    reminder = _reminder(UserFactory(), "r1")
    down = DownUserPush()
    with get_container().user_push.override(down):
        for _ in range(3):
            reconcile_run()
            clock.advance(timedelta(days=1))
        tried = down.tried
        reconcile_run()
    assert tried == 3
    assert down.tried == 3  # past the window: left alone
    reminder.refresh_from_db()
    assert reminder.push_sent_at is None  # visible: never pushed
