"""Checkout with a once-per-person trial, webhook guarantees, renewal reminders."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest
from django.apps import apps

from modules.billing.models import ProcessedEvent, Subscription, TrialClaim
from modules.moderation.models import AuditEntry
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.billing.conftest import call, deliver
from tests.modules.billing.factories import PlanFactory
from tests.modules.booking.factories import AvailabilityFactory
from tests.modules.notifications.factories import DeviceFactory

pytestmark = pytest.mark.django_db


def _checkout(client, user, plan):
    response = call(client, "POST", "/api/payments/checkout", user, {"plan_id": plan.pk})
    assert response.status_code == 201, response.content
    return response.json()


def _subscribed(client, stripe, user, plan):
    checkout = _checkout(client, user, plan)
    events = stripe.complete_checkout(checkout["checkout_id"])
    assert [r.status_code for r in deliver(client, stripe, events)] == [200, 200]
    return checkout, events


def _snapshot():
    return {
        m._meta.label: list(m._default_manager.order_by("pk").values())
        for m in apps.get_app_config("billing").get_models()
    }


def test_new_user_starts_the_trial_pays_and_books(client, stripe):
    user, friend, plan = UserFactory(), FriendFactory(), PlanFactory(sessions_per_period=2)
    AvailabilityFactory(friend=friend)
    assert call(client, "GET", "/api/payments/subscription", user).json()["status"] == "none"
    checkout, _ = _subscribed(client, stripe, user, plan)
    assert checkout["trial_days"] == 7
    status = call(client, "GET", "/api/payments/subscription", user).json()
    assert (status["status"], status["plan_code"], status["remaining_sessions"]) == ("trialing", plan.code, 2)
    assert status["trial_end"].startswith((NOW + timedelta(days=7)).date().isoformat())
    booking = {
        "friend_id": friend.pk,
        "session_type": "video",
        "start": (NOW + timedelta(hours=4)).isoformat(),
        "duration_minutes": 60,
    }
    assert call(client, "POST", "/api/sessions", user, booking).json()["status"] == "booked"
    assert call(client, "GET", "/api/payments/subscription", user).json()["remaining_sessions"] == 1
    assert call(client, "POST", "/api/payments/checkout", user, {"plan_id": plan.pk}).json()["code"] == (
        "already_subscribed"
    )
    portal = call(client, "POST", "/api/payments/portal", user)
    assert portal.status_code == 200
    assert portal.json()["url"].startswith("https://")


def test_one_trial_per_person_even_after_deleting_the_account(client, stripe):
    plan = PlanFactory()
    first = UserFactory(email="ann.lee@gmail.com")
    assert _checkout(client, first, plan)["trial_days"] == 7
    # A second click reuses the same Checkout page and keeps its trial.
    assert _checkout(client, first, plan)["trial_days"] == 7
    assert len(stripe.checkouts) == 1
    first.delete()
    again = UserFactory(email="AnnLee+again@googlemail.com")
    assert _checkout(client, again, plan)["trial_days"] == 0
    assert TrialClaim.objects.count() == 1


@pytest.mark.parametrize(
    "look_alike",
    [
        "a@example.com\u200b",  # what sign-up let through before it refused invisible characters
        "a@exam\u00adple.com",
        "a@ｅｘａｍｐｌｅ.com",
        "a@EXAMPLE.com\ufeff",
    ],
)
def test_one_trial_per_mailbox_whatever_the_spelling(client, stripe, look_alike):
    plan = PlanFactory()
    assert _checkout(client, UserFactory(email="a@example.com"), plan)["trial_days"] == 7
    # An account stored with a spelling that mail delivery sends to the same mailbox.
    assert _checkout(client, UserFactory(email=look_alike), plan)["trial_days"] == 0
    assert TrialClaim.objects.count() == 1


def test_expired_checkout_gives_the_trial_back(client, stripe):
    user, plan = UserFactory(), PlanFactory()
    checkout = _checkout(client, user, plan)
    payload, header = stripe.signed_event(
        type="checkout.session.expired", data_object={"id": checkout["checkout_id"], "object": "checkout.session"}
    )
    response = client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    assert response.status_code == 200
    assert TrialClaim.objects.count() == 0


@pytest.mark.parametrize("tamper", ["forged", "altered", "stale", "missing", "future"])
def test_bad_signatures_are_400_and_change_nothing(client, stripe, tamper):
    user, plan = UserFactory(), PlanFactory()
    checkout = _checkout(client, user, plan)
    event = stripe.complete_checkout(checkout["checkout_id"])[0]
    payload, header = stripe.sign(event)
    now = int(NOW.timestamp())
    if tamper == "forged":
        header = header.split("v1=")[0] + "v1=" + "0" * 64
    elif tamper == "altered":
        payload = payload.replace(b'"trialing"', b'"active"')
    elif tamper == "stale":
        payload, header = stripe.signed_event(type=event.type, data_object=event.data_object, signed_at=now - 301)
    elif tamper == "future":
        payload, header = stripe.signed_event(type=event.type, data_object=event.data_object, signed_at=now + 3600)
    else:
        header = None
    before = _snapshot()
    headers = {"Stripe-Signature": header} if header else {}
    response = client.post("/api/payments/webhook", data=payload, content_type="application/json", headers=headers)
    assert response.status_code == 400
    assert response.json()["code"] == "webhook_signature_invalid"
    assert _snapshot() == before


def test_replayed_ten_times_has_one_effect(client, stripe, fakes, django_capture_on_commit_callbacks):
    user, plan = UserFactory(), PlanFactory()
    DeviceFactory(user=user, token="uma-phone-0001")
    _subscribed(client, stripe, user, plan)
    sub_id = Subscription.objects.get().stripe_subscription_id
    event = stripe.announce_trial_end(sub_id)[0]
    with django_capture_on_commit_callbacks(execute=True):
        outcomes = [r.json()["outcome"] for r in deliver(client, stripe, [event] * 10)]
    assert outcomes == ["applied"] + ["duplicate"] * 9
    assert Notification.objects.filter(user=user, kind="billing").count() == 1
    assert ProcessedEvent.objects.filter(event_id=event.id).count() == 1
    assert [p.device_token for p in fakes.push.sent] == ["uma-phone-0001"]


def test_renewal_reminders_push_and_email_once_after_commit(client, stripe, fakes, django_capture_on_commit_callbacks):
    from core.money import Money

    user, plan = UserFactory(email="uma@example.com"), PlanFactory()
    DeviceFactory(user=user, token="uma-phone-0001")
    _subscribed(client, stripe, user, plan)
    sub_id = Subscription.objects.get().stripe_subscription_id
    with django_capture_on_commit_callbacks(execute=False) as pending:
        deliver(client, stripe, stripe.announce_upcoming_invoice(sub_id, Money(2900, "usd")))
    assert fakes.push.sent == []
    assert fakes.email.outbox == []
    for callback in pending:
        callback()
    for callback in pending:  # the task running twice (a redelivered message) sends nothing more
        callback()
    assert [p.device_token for p in fakes.push.sent] == ["uma-phone-0001"]
    assert [(m.to, m.subject) for m in fakes.email.outbox] == [("uma@example.com", "Your subscription renews soon")]
    assert "29.00 USD" in fakes.email.outbox[0].text
    # Not transactional: the person can stop it in one click (RFC 8058).
    assert fakes.email.outbox[0].headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The same renewal announced again (a new Stripe event about it): still once.
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, stripe, stripe.announce_upcoming_invoice(sub_id, Money(2900, "usd")))
    assert len(fakes.push.sent) == 1
    assert len(fakes.email.outbox) == 1


def test_renewal_reminders_follow_the_billing_preferences(client, stripe, fakes, django_capture_on_commit_callbacks):
    from core.money import Money
    from modules.notifications.models import Preference

    user, plan = UserFactory(email="uma@example.com"), PlanFactory()
    DeviceFactory(user=user, token="uma-phone-0001")
    Preference.objects.create(user=user, kind="billing", push=True, email=False, in_app=True)
    _subscribed(client, stripe, user, plan)
    sub_id = Subscription.objects.get().stripe_subscription_id
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, stripe, stripe.announce_upcoming_invoice(sub_id, Money(2900, "usd")))
    assert len(fakes.push.sent) == 1
    assert fakes.email.outbox == []


def test_related_events_in_any_order_reach_the_same_state(client, stripe):
    plan = PlanFactory()
    finals = set()
    for seed in range(4):
        user = UserFactory()
        checkout = _checkout(client, user, plan)
        events = stripe.complete_checkout(checkout["checkout_id"])
        sub_id = events[0].data_object["id"]
        events += stripe.update_subscription(sub_id, status="active", trial_end=None)
        events += stripe.update_subscription(sub_id, cancel_at_period_end=True)
        random.Random(seed).shuffle(events)
        assert all(r.status_code == 200 for r in deliver(client, stripe, events))
        sub = Subscription.objects.get(stripe_subscription_id=sub_id)
        finals.add((sub.status, sub.cancel_at_period_end, sub.trial_end, sub.plan_id))
    assert finals == {("active", True, None, plan.pk)}


def test_unknown_event_types_are_acknowledged_and_ignored(client, stripe):
    payload, header = stripe.signed_event(type="radar.early_fraud_warning.created", data_object={"id": "issfr_1"})
    response = client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )
    assert (response.status_code, response.json()["outcome"]) == (200, "ignored")


def test_a_failing_effect_answers_non_2xx_and_is_retried_later(client, stripe):
    user, plan = UserFactory(), PlanFactory()
    checkout = _checkout(client, user, plan)
    events = stripe.complete_checkout(checkout["checkout_id"])
    stripe.unavailable = True  # re-reading the subscription from Stripe fails
    assert deliver(client, stripe, events[:1])[0].status_code == 503
    assert not ProcessedEvent.objects.exists()
    assert not Subscription.objects.exists()
    stripe.unavailable = False
    assert deliver(client, stripe, events[:1])[0].json()["outcome"] == "applied"  # Stripe's retry
    assert Subscription.objects.get().status == "trialing"


def test_reconciliation_applies_what_a_lost_webhook_missed(client, stripe):
    from django.core.management import call_command

    user, plan = UserFactory(), PlanFactory()
    checkout = _checkout(client, user, plan)
    stripe.complete_checkout(checkout["checkout_id"])  # the webhooks never arrive
    assert not Subscription.objects.exists()
    call_command("billing_reconcile", "--hours", "1", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Subscription.objects.get(user=user).status == "trialing"
    before = ProcessedEvent.objects.count()
    call_command("billing_reconcile", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ProcessedEvent.objects.count() == before


def test_staff_manage_plans_and_users_cannot(client):
    manager, user = UserFactory(role="manager", is_staff=True), UserFactory()
    body = {
        "code": "yearly",
        "name": "Yearly",
        "interval": "year",
        "price_minor": 29000,
        "stripe_price_id": "price_yearly",
        "session_types": ["video"],
        "sessions_per_period": 50,
    }
    assert call(client, "POST", "/api/payments/plans", user, body).status_code == 403
    created = call(client, "POST", "/api/payments/plans", manager, body)
    assert created.status_code == 201
    assert call(client, "POST", "/api/payments/plans", manager, body).status_code == 409
    assert call(client, "POST", "/api/payments/plans", manager, {**body, "code": "x", "price": 1}).status_code == 422
    plan_id = created.json()["id"]
    off = call(client, "PATCH", f"/api/payments/plans/{plan_id}", manager, {"is_active": False})
    assert off.json()["is_active"] is False
    # Staff changes to what is on sale are in the audit log (the refused attempts are not).
    audited = AuditEntry.objects.filter(target_type="plan", target_id=plan_id).order_by("pk")
    assert [(a.action, a.actor_id) for a in audited] == [("plan.create", manager.pk), ("plan.update", manager.pk)]
    assert [p["code"] for p in call(client, "GET", "/api/payments/plans", user).json()] == []
    assert call(client, "POST", "/api/payments/checkout", user, {"plan_id": plan_id}).status_code == 404
    assert json.loads(call(client, "PATCH", "/api/payments/plans/999999", manager, {}).content)["code"] == "not_found"
