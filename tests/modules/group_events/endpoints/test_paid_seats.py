"""Paid events over HTTP: a seat waits for its payment like a premium session; billing settles it
(webhooks from the fake Stripe) and the seat is confirmed or goes to the next in line."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.billing.models import PremiumPayment
from modules.billing.public import premium_expiry_run
from modules.group_events.models import Event, Seat
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.conftest import deliver
from tests.modules.group_events.factories import event_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def stripe(fakes, clock):
    fakes.payments.clock = clock
    return fakes.payments


def _post(client, path, who):
    return client.post(path, data=json.dumps({}), content_type="application/json", headers=bearer(who))


def _seat(event, person):
    return Seat.objects.filter(event_id=event.id, person=person).order_by("-pk").first().status


def test_a_paid_seat_waits_for_its_payment_and_is_confirmed_when_paid(client, stripe):
    host, buyer, other = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1, price_minor=1500)
    booked = _post(client, f"/api/events/{event.id}/seat", buyer).json()
    assert booked["status"] == "pending_payment"
    assert _post(client, f"/api/events/{event.id}/seat", other).json()["status"] == "waitlisted"  # held meanwhile
    assert _post(client, f"/api/events/{event.id}/seat/payment", other).status_code == 409
    intent = _post(client, f"/api/events/{event.id}/seat/payment", buyer).json()
    assert (intent["amount_minor"], intent["currency"], intent["seat_id"]) == (1500, "usd", booked["id"])
    assert PremiumPayment.objects.get().friend_id == host.pk
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    assert _seat(event, buyer) == "confirmed"
    mine = client.get("/api/payments/payments", headers=bearer(buyer)).json()["items"]
    assert [(p["session_id"], p["event_seat_id"], p["status"]) for p in mine] == [(None, booked["id"], "succeeded")]


def test_an_unpaid_seat_expires_and_goes_to_the_next_in_line(client, stripe, clock):
    host, buyer, waiting = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1, price_minor=1500)
    _post(client, f"/api/events/{event.id}/seat", buyer)
    _post(client, f"/api/events/{event.id}/seat", waiting)
    clock.advance(timedelta(minutes=16))
    assert premium_expiry_run() == 1
    assert _seat(event, buyer) == "cancelled"
    assert _seat(event, waiting) == "offered"
    accepted = _post(client, f"/api/events/{event.id}/seat/accept", waiting).json()
    assert accepted["status"] == "pending_payment"  # taking the offer means paying for it
    assert Event.objects.get(pk=event.id).seats_taken == 1


def test_giving_up_in_time_refunds_and_a_host_cancelling_refunds_everyone(
    client, stripe, clock, django_capture_on_commit_callbacks
):
    host, early, late_buyer = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=2, price_minor=2000, start=NOW + timedelta(days=3))
    for person in (early, late_buyer):
        _post(client, f"/api/events/{event.id}/seat", person)
        intent = _post(client, f"/api/events/{event.id}/seat/payment", person).json()
        deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    with django_capture_on_commit_callbacks(execute=True):
        assert _post(client, f"/api/events/{event.id}/seat/cancel", early).status_code == 200
    assert PremiumPayment.objects.get(user=early).status == "refunded"
    with django_capture_on_commit_callbacks(execute=True):
        _post(client, f"/api/events/{event.id}/cancel", host)
    assert PremiumPayment.objects.get(user=late_buyer).status == "refunded"
    assert sorted(r.amount.amount_minor for r in stripe.refunds.values()) == [2000, 2000]


def test_giving_up_late_keeps_the_money(client, stripe, clock):
    host, buyer = FriendFactory(), UserFactory()
    event = event_of(host, capacity=2, price_minor=2000, start=NOW + timedelta(hours=5))
    _post(client, f"/api/events/{event.id}/seat", buyer)
    intent = _post(client, f"/api/events/{event.id}/seat/payment", buyer).json()
    deliver(client, stripe, stripe.pay_intent(intent["payment_intent_id"]))
    _post(client, f"/api/events/{event.id}/seat/cancel", buyer)
    assert PremiumPayment.objects.get(user=buyer).status == "succeeded"


def test_a_paid_event_costs_at_least_what_stripe_can_charge(client, clock):
    start = NOW + timedelta(days=2)
    body = {
        "title": "Cheap", "session_type": "text", "start": start.isoformat(),
        "end": (start + timedelta(hours=1)).isoformat(), "timezone": "UTC", "capacity": 3, "price_minor": 49,
    }  # fmt: skip
    response = client.post("/api/events", data=json.dumps(body), content_type="application/json",
                           headers=bearer(FriendFactory()))  # fmt: skip
    assert response.status_code == 422
