"""What `make run` promises with the fake gateway, over real HTTP against a real uvicorn process.

A new user signs up (the code read from the emailed file), logs in, picks a plan, opens
Checkout and pays it on the development page that stands in for Stripe's (it delivers the
signed webhook events to the real handler, in the server process), sees the subscription
trialing and books a matched friend's free slot. And a user without a plan pays a premium
session once through its PaymentIntent. The demo data comes from `manage.py seed_demo`, as
`make run` seeds it; the server runs on the system clock, like a developer's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.integration.live_server import LiveServer, live_server

pytestmark = pytest.mark.integration

AUTH = "/api/auth/app/v1"
PASSWORD = "correct-horse-battery-9"


@pytest.fixture
def demo(tmp_path, transactional_db):
    """The server as `make run` composes it (the fake gateway), with the demo data seeded."""
    with live_server(tmp_path, PAYMENTS_BACKEND="fake") as server:
        server.manage("seed_demo")
        with httpx.Client(base_url=server.base, timeout=30) as http:
            yield server, http


def _code_from(server: LiveServer, email: str) -> str:
    for path in sorted(server.mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns, reverse=True):
        text = path.read_text()
        if email in text:
            match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", text, re.MULTILINE)
            assert match, text
            return match.group(1)
    raise AssertionError(f"no email to {email}")


class Client:
    """httpx against the server, with the user's bearer token."""

    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http, self.headers = http, {"Authorization": f"Bearer {token}"}

    def get(self, url: str, **params) -> httpx.Response:
        return self.http.get(url, params=params, headers=self.headers)

    def post(self, url: str, body=None) -> httpx.Response:
        return self.http.post(url, json=body, headers=self.headers)


def _new_user(http: httpx.Client, server: LiveServer, email: str) -> Client:
    pending = http.post(f"{AUTH}/auth/signup", json={"email": email, "password": PASSWORD})
    assert pending.status_code == 401, pending.text
    verified = http.post(
        f"{AUTH}/auth/email/verify",
        json={"key": _code_from(server, email)},
        headers={"X-Session-Token": pending.json()["meta"]["session_token"]},
    )
    assert verified.status_code == 200, verified.text
    logged_in = http.post(f"{AUTH}/auth/login", json={"email": email, "password": PASSWORD})
    assert logged_in.status_code == 200, logged_in.text
    return Client(http, logged_in.json()["meta"]["access_token"])


def _a_matched_friend_and_free_slot(me: Client) -> tuple[int, str]:
    matches = me.get("/api/matches")
    assert matches.status_code == 200, matches.text
    now = datetime.now(UTC)
    for match in matches.json()["items"]:
        friend = match["friend"]
        if "video" not in friend["session_types"] or 60 not in friend["session_lengths_minutes"]:
            continue
        slots = me.get(
            f"/api/sessions/friends/{friend['id']}/slots",
            start=(now + timedelta(days=1)).isoformat(),
            end=(now + timedelta(days=4)).isoformat(),
            duration_minutes=60,
        )
        assert slots.status_code == 200, slots.text
        if slots.json():
            return friend["id"], slots.json()[0]["start"]
    raise AssertionError(f"no demo friend with a free video hour: {matches.json()}")


def test_a_new_user_starts_the_trial_pays_on_the_dev_checkout_and_books(demo):
    server, http = demo
    me = _new_user(http, server, "new.user@example.com")
    assert me.get("/api/payments/subscription").json()["status"] == "none"

    plans = {p["code"]: p for p in me.get("/api/payments/plans").json()}
    checkout = me.post("/api/payments/checkout", {"plan_id": plans["monthly"]["id"]})
    assert checkout.status_code == 201, checkout.text
    assert checkout.json()["trial_days"] == 7
    page = checkout.json()["url"]
    # The link a client would open: this server's development stand-in for Stripe's page.
    assert page.startswith(f"{server.base}/dev/payments/checkout/"), page
    shown = me.get(page)
    assert (shown.status_code, shown.json()["trial_days"]) == (200, 7)
    # Only its owner may see or pay it.
    stranger = _new_user(http, server, "stranger@example.com")
    assert stranger.post(page).status_code == 404

    started = datetime.now(UTC)
    paid = me.post(page)
    assert paid.status_code == 200, paid.text
    assert [(d["type"], d["outcome"]) for d in paid.json()["delivered"]] == [
        ("customer.subscription.created", "applied"),
        ("checkout.session.completed", "applied"),
    ]
    # Paying the same page again (a double click) delivers nothing more.
    again = me.post(page)
    assert (again.status_code, again.json()["delivered"]) == (200, [])

    status = me.get("/api/payments/subscription").json()
    assert (status["status"], status["plan_code"]) == ("trialing", "monthly")
    trial_end = datetime.fromisoformat(status["trial_end"])
    assert abs(trial_end - (started + timedelta(days=7))) < timedelta(minutes=5)
    included = status["remaining_sessions"]
    assert included == plans["monthly"]["sessions_per_period"]

    friend_id, start = _a_matched_friend_and_free_slot(me)
    booked = me.post(
        "/api/sessions", {"friend_id": friend_id, "session_type": "video", "start": start, "duration_minutes": 60}
    )
    assert booked.status_code == 201, booked.text
    assert booked.json()["status"] == "booked"
    assert me.get("/api/payments/subscription").json()["remaining_sessions"] == included - 1


def test_a_user_without_a_plan_pays_a_premium_session_once_through_the_fake(demo):
    server, http = demo
    me = _new_user(http, server, "pays.once@example.com")
    friend_id, start = _a_matched_friend_and_free_slot(me)
    booking = {"friend_id": friend_id, "session_type": "video", "start": start, "duration_minutes": 60}
    refused = me.post("/api/sessions", booking)
    assert (refused.status_code, refused.json()["code"]) == (422, "not_entitled")

    pending = me.post("/api/sessions", {**booking, "pay_per_session": True})
    assert pending.status_code == 201, pending.text
    session = pending.json()
    assert session["status"] == "pending_payment"

    intent = me.post(f"/api/payments/premium/{session['id']}/intent")
    assert intent.status_code == 200, intent.text
    assert intent.json()["amount_minor"] == session["price_minor"] > 0
    pay = f"/dev/payments/payment-intents/{intent.json()['payment_intent_id']}/pay"
    paid = me.post(pay, {"succeed": True})
    assert paid.status_code == 200, paid.text
    assert {d["outcome"] for d in paid.json()["delivered"]} == {"applied"}
    # Once: paying the same intent again is refused by the gateway and charges nothing more.
    twice = me.post(pay, {"succeed": True})
    assert twice.status_code == 409, twice.text

    assert me.get(f"/api/sessions/{session['id']}").json()["status"] == "booked"
    [payment] = me.get("/api/payments/payments").json()["items"]
    assert payment["status"] == "succeeded"
