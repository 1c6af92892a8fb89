"""What `make run` promises with the fake gateway: a new user starts the trial, "pays", and books.

The whole way through the API's request stack, in process (Django's test client, not a socket;
tests/integration/test_auth_e2e.py is the one that talks to a real server), as a client would walk
it: the demo seed, allauth's sign-up with the
emailed code, login, a plan, Checkout opened and paid on the development page that stands in
for Stripe's (it delivers the signed webhook events to the real handler), the subscription
trialing, a matched friend's free slot booked. And a user without a plan paying a premium
session once through its PaymentIntent.
"""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from adapters.payments.fake import FakePaymentGateway
from tests.clock import NOW
from tests.modules.accounts.endpoints.auth_helpers import login, signup_and_verify

pytestmark = pytest.mark.django_db


@pytest.fixture
def gateway(clock):
    """The fake gateway configured as `make run` composes it (Checkout links to the dev page)."""
    from entrypoints.container import get_container

    container = get_container()
    fake = FakePaymentGateway(
        webhook_secret=container.config.stripe.webhook_secret(),
        clock=clock,
        checkout_base_url=container.config.stripe.fake_checkout_base_url(),
    )
    with container.payments.override(fake):
        yield fake


@pytest.fixture
def demo(gateway):
    call_command("seed_demo", stdout=StringIO())


class Client:
    """The test client with a bearer token, speaking JSON."""

    def __init__(self, client, token: str) -> None:
        self.client, self.headers = client, {"Authorization": f"Bearer {token}"}

    def get(self, path, **params):
        return self.client.get(path, params, headers=self.headers)

    def post(self, path, body=None):
        data = json.dumps(body) if body is not None else ""
        return self.client.post(path, data=data, content_type="application/json", headers=self.headers)


def _new_user(client, email) -> Client:
    signup_and_verify(client, email)
    logged_in = login(client, email)
    assert logged_in.status_code == 200, logged_in.content
    return Client(client, logged_in.json()["meta"]["access_token"])


def _dev_path(url: str) -> str:
    """The fake's links are absolute (PUBLIC_BASE_URL); the test client wants the path."""
    assert url.startswith(settings.PUBLIC_BASE_URL.rstrip("/") + "/dev/payments/"), url
    return urlsplit(url).path


def _a_matched_friend_and_free_slot(me: Client) -> tuple[int, str]:
    matches = me.get("/api/matches")
    assert matches.status_code == 200, matches.content
    for match in matches.json()["items"]:
        friend = match["friend"]
        if "video" not in friend["session_types"] or 60 not in friend["session_lengths_minutes"]:
            continue
        slots = me.get(
            f"/api/sessions/friends/{friend['id']}/slots",
            start=(NOW + timedelta(days=1)).isoformat(),
            end=(NOW + timedelta(days=4)).isoformat(),
            duration_minutes=60,
        )
        assert slots.status_code == 200, slots.content
        if slots.json():
            return friend["id"], slots.json()[0]["start"]
    raise AssertionError(f"no demo friend with a free video hour: {matches.json()}")


def test_a_new_user_starts_the_trial_pays_on_the_dev_checkout_and_books(client, demo, gateway):
    me = _new_user(client, "new.user@example.com")
    assert me.get("/api/payments/subscription").json()["status"] == "none"

    plans = {p["code"]: p for p in me.get("/api/payments/plans").json()}
    checkout = me.post("/api/payments/checkout", {"plan_id": plans["monthly"]["id"]})
    assert checkout.status_code == 201, checkout.content
    assert checkout.json()["trial_days"] == 7
    page = _dev_path(checkout.json()["url"])
    # The dev page acts only for the checkout's owner (tests/entrypoints/test_dev_pages.py).
    shown = me.get(page)
    assert (shown.status_code, shown.json()["trial_days"]) == (200, 7)

    paid = me.post(page)
    assert paid.status_code == 200, paid.content
    delivered = paid.json()["delivered"]
    assert [(d["type"], d["outcome"]) for d in delivered] == [
        ("customer.subscription.created", "applied"),
        ("checkout.session.completed", "applied"),
    ]
    # Paying the same page again (a double click) creates no second subscription.
    again = me.post(page)
    assert (again.status_code, again.json()["delivered"]) == (200, [])
    assert len(gateway.subscriptions) == 1

    status = me.get("/api/payments/subscription").json()
    assert (status["status"], status["plan_code"]) == ("trialing", "monthly")
    assert status["trial_end"].startswith((NOW + timedelta(days=7)).date().isoformat())
    included = status["remaining_sessions"]
    assert included == plans["monthly"]["sessions_per_period"]

    friend_id, start = _a_matched_friend_and_free_slot(me)
    booked = me.post(
        "/api/sessions", {"friend_id": friend_id, "session_type": "video", "start": start, "duration_minutes": 60}
    )
    assert booked.status_code == 201, booked.content
    assert booked.json()["status"] == "booked"
    assert me.get("/api/payments/subscription").json()["remaining_sessions"] == included - 1


def test_a_user_without_a_plan_pays_a_premium_session_once_through_the_fake(client, demo, gateway):
    me = _new_user(client, "pays.once@example.com")
    friend_id, start = _a_matched_friend_and_free_slot(me)
    booking = {"friend_id": friend_id, "session_type": "video", "start": start, "duration_minutes": 60}
    refused = me.post("/api/sessions", booking)
    assert (refused.status_code, refused.json()["code"]) == (422, "not_entitled")

    pending = me.post("/api/sessions", {**booking, "pay_per_session": True})
    assert pending.status_code == 201, pending.content
    session = pending.json()
    assert session["status"] == "pending_payment"

    intent = me.post(f"/api/payments/premium/{session['id']}/intent")
    assert intent.status_code == 200, intent.content
    assert intent.json()["amount_minor"] == session["price_minor"] > 0
    paid = me.post(f"/dev/payments/payment-intents/{intent.json()['payment_intent_id']}/pay", {"succeed": True})
    assert paid.status_code == 200, paid.content
    assert {d["outcome"] for d in paid.json()["delivered"]} == {"applied"}

    assert me.get(f"/api/sessions/{session['id']}").json()["status"] == "booked"
    [payment] = me.get("/api/payments/payments").json()["items"]
    assert payment["status"] == "succeeded"
