"""The `fakes` fixture: fresh in-memory adapters behind every port of the container, per test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import pytest
from django.conf import settings

from adapters.email.fake import FakeEmailSender
from adapters.media.fake import FakeMediaStorage
from adapters.payments.fake import FakePaymentGateway
from adapters.push.fake import FakePushSender
from adapters.rtc.fake import FakeRtcTokenIssuer
from adapters.rtc.fake_recorder import FakeRtcRecorder


@dataclass
class RecordingMatchingJobs:
    """matching's background-jobs port: records who changed instead of running Celery.
    Tests that exercise the real jobs override it with `CeleryMatchingJobs` (eager)."""

    changed: list[int] = field(default_factory=list)

    def person_changed(self, person_id: int) -> None:
        self.changed.append(person_id)


@dataclass(frozen=True)
class Fakes:
    """The in-memory providers the container hands out during one test."""

    media: FakeMediaStorage
    payments: FakePaymentGateway
    rtc: FakeRtcTokenIssuer
    push: FakePushSender
    email: FakeEmailSender
    matching_jobs: RecordingMatchingJobs
    recorder: FakeRtcRecorder


@pytest.fixture(autouse=True)
def fakes() -> Iterator[Fakes]:
    """Fresh fakes behind every port for each test (assert on e.g. `fakes.push.sent`), reset after."""
    from entrypoints.container import get_container

    container = get_container()
    media = FakeMediaStorage(base_url="http://testserver/dev/media", signing_key="test-media-key")
    fresh = Fakes(
        media=media,
        payments=FakePaymentGateway(webhook_secret=settings.STRIPE_WEBHOOK_SECRET),
        rtc=FakeRtcTokenIssuer(signing_key="test-rtc-key"),
        push=FakePushSender(),
        email=FakeEmailSender(),
        matching_jobs=RecordingMatchingJobs(),
        recorder=FakeRtcRecorder(media=media),
    )
    with ExitStack() as stack:
        for port in ("media", "payments", "rtc", "push", "email", "matching_jobs", "recorder"):
            stack.enter_context(getattr(container, port).override(getattr(fresh, port)))
        yield fresh
