"""The `fakes` fixture: fresh in-memory adapters behind every port of the container, per test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pytest
from django.conf import settings

from adapters.email.fake import FakeEmailSender
from adapters.media.fake import FakeMediaStorage
from adapters.payments.fake import FakePaymentGateway
from adapters.push.fake import FakePushSender
from adapters.rtc.fake import FakeRtcTokenIssuer


@dataclass(frozen=True)
class Fakes:
    """The in-memory providers the container hands out during one test."""

    media: FakeMediaStorage
    payments: FakePaymentGateway
    rtc: FakeRtcTokenIssuer
    push: FakePushSender
    email: FakeEmailSender


@pytest.fixture(autouse=True)
def fakes() -> Iterator[Fakes]:
    """Fresh fakes behind every port for each test (assert on e.g. `fakes.push.sent`), reset after."""
    from entrypoints.container import get_container

    container = get_container()
    fresh = Fakes(
        media=FakeMediaStorage(base_url="http://testserver/dev/media", signing_key="test-media-key"),
        payments=FakePaymentGateway(webhook_secret=settings.STRIPE_WEBHOOK_SECRET),
        rtc=FakeRtcTokenIssuer(signing_key="test-rtc-key"),
        push=FakePushSender(),
        email=FakeEmailSender(),
    )
    with ExitStack() as stack:
        for port in ("media", "payments", "rtc", "push", "email"):
            stack.enter_context(getattr(container, port).override(getattr(fresh, port)))
        yield fresh
