"""One Stripe event delivered 10 times at the same instant: one effect. Real threads, each with
its own PostgreSQL connection, released together by a barrier."""

from __future__ import annotations

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from modules.billing.models import ProcessedEvent, Subscription
from modules.notifications.models import Notification
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.conftest import deliver
from tests.modules.billing.factories import PlanFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite has no concurrent writers"),
]

PARALLEL = 10


def _race(payload: bytes, header: str) -> list[int]:
    return _race_all([(payload, header)] * PARALLEL)


def _race_all(deliveries: list[tuple[bytes, str]]) -> list[int]:
    """Deliver each (payload, header) from its own thread and connection, all at once."""
    barrier = threading.Barrier(len(deliveries))
    statuses = [0] * len(deliveries)

    def run(i: int) -> None:
        try:
            client = Client()
            payload, header = deliveries[i]
            barrier.wait(timeout=30)
            response = client.post(
                "/api/payments/webhook",
                data=payload,
                content_type="application/json",
                headers={"Stripe-Signature": header},
            )
            statuses[i] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(deliveries))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return statuses


@pytest.fixture
def subscribed(client, fakes, clock):
    fakes.payments.clock = clock
    user, plan = UserFactory(), PlanFactory()
    checkout = client.post(
        "/api/payments/checkout",
        data={"plan_id": plan.pk},
        content_type="application/json",
        headers=bearer(user),
    ).json()
    events = fakes.payments.complete_checkout(checkout["checkout_id"])
    return user, events


def test_the_same_event_ten_times_at_once_has_one_effect(client, fakes, subscribed):
    user, events = subscribed
    payload, header = fakes.payments.sign(events[0])
    statuses = _race(payload, header)
    assert statuses == [200] * PARALLEL
    assert ProcessedEvent.objects.filter(event_id=events[0].id).count() == 1
    assert Subscription.objects.filter(user=user).count() == 1
    # A reminder event racing with itself: one reminder in the outbox, delivered once.
    sub_id = Subscription.objects.get(user=user).stripe_subscription_id
    reminder = fakes.payments.announce_trial_end(sub_id)[0]
    statuses = _race(*fakes.payments.sign(reminder))
    assert statuses == [200] * PARALLEL
    reminders = Notification.objects.filter(user=user, kind="billing")
    assert reminders.count() == 1
    assert reminders.get().attempts == 1


def test_replayed_ten_times_in_a_row_has_one_effect(client, fakes, subscribed):
    user, events = subscribed
    outcomes = [r.json()["outcome"] for r in deliver(client, fakes.payments, events[:1] * 10)]
    assert outcomes == ["applied"] + ["duplicate"] * 9
    assert Subscription.objects.filter(user=user).count() == 1


def test_ten_different_events_about_one_refund_at_once_take_the_friends_share_back_once(client, fakes, clock):
    """Stripe may send several events about one refund (and bodies can be stale): each has its
    own id, so the event record cannot dedupe them; the payment's lock and the cumulative fact can."""
    from core.money import Money
    from modules.billing.models import LedgerEntry, PremiumPayment
    from tests.modules.billing.endpoints.test_refund_and_dispute_webhooks import _paid_and_completed

    fakes.payments.clock = clock
    friend = FriendFactory()
    AvailabilityFactory(friend=friend, min_notice_minutes=120)
    session_id, intent_id = _paid_and_completed(client, fakes.payments, friend, clock)
    fakes.payments.refund(payment_intent_id=intent_id, amount=Money(1000, "usd"), idempotency_key="dashboard")
    refunded = fakes.payments.events[-1].data_object
    # Every body claims the whole payment was refunded; Stripe says 10.00.
    lie = {**refunded, "amount_refunded": 3000}
    deliveries = [fakes.payments.signed_event(type="charge.refunded", data_object=lie) for _ in range(PARALLEL)]
    assert _race_all(deliveries) == [200] * PARALLEL
    returned = LedgerEntry.objects.filter(session_id=session_id, kind="refund", account="revenue")
    assert list(returned.values_list("amount_minor", flat=True)) == [1000]
    friend_total = LedgerEntry.objects.filter(friend=friend, account="friend").values_list("amount_minor", flat=True)
    assert sum(friend_total) == 2400 - 800
    assert PremiumPayment.objects.get(session_id=session_id).refunded_minor == 1000
