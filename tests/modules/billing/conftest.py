from __future__ import annotations

import json

import pytest

from tests.modules.accounts.factories import bearer


@pytest.fixture
def stripe(fakes, clock):
    """The fake gateway on the tests' frozen clock (its subscriptions, events and signatures use it)."""
    fakes.payments.clock = clock
    return fakes.payments


def deliver(client, gateway, events):
    """POST each event, signed like Stripe signs it, to the webhook; the responses."""
    responses = []
    for event in events:
        payload, header = gateway.sign(event)
        responses.append(
            client.post(
                "/api/payments/webhook",
                data=payload,
                content_type="application/json",
                headers={"Stripe-Signature": header},
            )
        )
    return responses


def call(client, method, path, who, payload=None):
    return client.generic(
        method,
        path,
        data=json.dumps(payload) if payload is not None else "",
        content_type="application/json",
        headers=bearer(who),
    )
