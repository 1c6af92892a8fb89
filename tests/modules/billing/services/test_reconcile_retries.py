"""Renewal reminders go through the notification outbox: each channel on its own, one failure
never holds back the rest, retries are the outbox's (bounded), and reconciliation no longer
sends anything of its own."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.money import Money
from modules.billing.models import Subscription
from modules.billing.public import reconcile_run
from modules.notifications.models import Notification
from modules.notifications.public import redeliver_stale
from tests.modules.accounts.factories import UserFactory
from tests.modules.billing.conftest import call, deliver
from tests.modules.billing.factories import PlanFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _subscribed(client, stripe, user) -> str:
    checkout = call(client, "POST", "/api/payments/checkout", user, {"plan_id": PlanFactory().pk}).json()
    deliver(client, stripe, stripe.complete_checkout(checkout["checkout_id"]))
    return Subscription.objects.get(user=user).stripe_subscription_id


def test_a_push_outage_does_not_hold_back_the_email(client, stripe, fakes, clock, django_capture_on_commit_callbacks):
    user = UserFactory(email="ann@example.com")
    DeviceFactory(user=user, token="ann-phone-0001")
    sub_id = _subscribed(client, stripe, user)
    fakes.push.unavailable = True
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, stripe, stripe.announce_upcoming_invoice(sub_id, Money(2900, "usd")))
    reminder = Notification.objects.get(user=user, kind="billing")
    assert (reminder.status, reminder.outcomes) == ("pending", {"email": "sent"})
    assert [m.to for m in fakes.email.outbox] == ["ann@example.com"]
    fakes.push.unavailable = False
    clock.advance(timedelta(minutes=1))
    assert redeliver_stale() == 1
    reminder.refresh_from_db()
    assert reminder.status == "sent"
    assert [p.device_token for p in fakes.push.sent] == ["ann-phone-0001"]
    assert len(fakes.email.outbox) == 1  # the retry sent only what was missing


def test_a_refused_email_does_not_stop_the_push_nor_reconciliation(
    client, stripe, fakes, clock, django_capture_on_commit_callbacks
):
    refused, fine = UserFactory(email="gone@example.com"), UserFactory(email="fine@example.com")
    DeviceFactory(user=refused, token="gone-phone-001")
    fakes.email.refused_addresses.add("gone@example.com")
    subs = [_subscribed(client, stripe, refused), _subscribed(client, stripe, fine)]
    with django_capture_on_commit_callbacks(execute=True):
        for sub_id in subs:
            deliver(client, stripe, stripe.announce_trial_end(sub_id))
    assert dict(Notification.objects.filter(kind="billing").values_list("user_id", "status")) == {
        refused.pk: "sent",  # the push got through; the email was refused for good
        fine.pk: "sent",
    }
    assert [m.to for m in fakes.email.outbox] == ["fine@example.com"]
    report = reconcile_run()
    assert report.failed == 0
    assert Notification.objects.filter(kind="billing").count() == 2
    assert [m.to for m in fakes.email.outbox] == ["fine@example.com"]
