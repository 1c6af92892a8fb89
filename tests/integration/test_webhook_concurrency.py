"""One Stripe event delivered 10 times at the same instant: one effect. Real threads, each with
its own PostgreSQL connection, released together by a barrier."""

from __future__ import annotations

import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from adapters.push.user_fake import FakeUserPush
from modules.billing.models import ProcessedEvent, Reminder, Subscription
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.billing.conftest import deliver
from tests.modules.billing.factories import PlanFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite has no concurrent writers"),
]

PARALLEL = 10


def _race(payload: bytes, header: str) -> list[int]:
    barrier = threading.Barrier(PARALLEL)
    statuses = [0] * PARALLEL

    def run(i: int) -> None:
        try:
            client = Client()
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

    threads = [threading.Thread(target=run, args=(i,)) for i in range(PARALLEL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return statuses


@pytest.fixture
def subscribed(client, fakes, clock):
    from entrypoints.container import get_container

    fakes.payments.clock = clock
    user, plan = UserFactory(), PlanFactory()
    with get_container().user_push.override(FakeUserPush()):
        checkout = client.post(
            "/api/payments/checkout",
            data={"plan_id": plan.pk},
            content_type="application/json",
            headers=bearer(user),
        ).json()
        events = fakes.payments.complete_checkout(checkout["checkout_id"])
        return user, events


def test_the_same_event_ten_times_at_once_has_one_effect(client, fakes, subscribed):
    from entrypoints.container import get_container

    user, events = subscribed
    payload, header = fakes.payments.sign(events[0])
    push = FakeUserPush()
    with get_container().user_push.override(push):
        statuses = _race(payload, header)
        assert statuses == [200] * PARALLEL
        assert ProcessedEvent.objects.filter(event_id=events[0].id).count() == 1
        assert Subscription.objects.filter(user=user).count() == 1
        # A reminder event racing with itself: one reminder, one push.
        sub_id = Subscription.objects.get(user=user).stripe_subscription_id
        reminder = fakes.payments.announce_trial_end(sub_id)[0]
        statuses = _race(*fakes.payments.sign(reminder))
        assert statuses == [200] * PARALLEL
        assert Reminder.objects.count() == 1
        assert len(push.sent) == 1


def test_replayed_ten_times_in_a_row_has_one_effect(client, fakes, subscribed):
    user, events = subscribed
    outcomes = [r.json()["outcome"] for r in deliver(client, fakes.payments, events[:1] * 10)]
    assert outcomes == ["applied"] + ["duplicate"] * 9
    assert Subscription.objects.filter(user=user).count() == 1
