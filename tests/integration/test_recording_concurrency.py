"""A recording starts only with both consents, and exactly once: real parallel transactions on PostgreSQL.

Threads, each with its own database connection, consent through the HTTP API at the same instant
(a barrier releases them together). The fake recorder is made slow, so that two transactions that
both believed they held the second consent would both start it.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from modules.recordings.models import Recording
from tests.modules.accounts.factories import bearer
from tests.modules.recordings.factories import live_session

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite has no row locks"),
]

PER_SIDE = 10


def _race(session, people) -> list[int]:
    barrier = threading.Barrier(len(people))
    statuses = [0] * len(people)

    def run(i: int, who) -> None:
        try:
            client = Client()
            headers = bearer(who)
            barrier.wait(timeout=30)
            response = client.post(
                f"/api/recordings/sessions/{session.pk}/consent",
                data="{}",
                content_type="application/json",
                headers=headers,
            )
            statuses[i] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, who)) for i, who in enumerate(people)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return statuses


def _slow(recorder) -> None:
    start = recorder.start

    def slow_start(**kwargs):
        time.sleep(0.2)
        return start(**kwargs)

    recorder.start = slow_start


def test_parallel_consents_from_both_start_the_recorder_exactly_once(clock, fakes):
    session = live_session()
    _slow(fakes.recorder)
    statuses = _race(session, [session.user, session.friend] * PER_SIDE)
    assert statuses == [200] * (2 * PER_SIDE)
    assert len(fakes.recorder.started) == 1
    rec = Recording.objects.get(session_id=session.pk)
    assert rec.state == "recording"
    assert rec.user_consented_at is not None
    assert rec.friend_consented_at is not None
    assert rec.provider_sid == fakes.recorder.started[0].sid


def test_parallel_consents_from_one_side_never_start_it(clock, fakes):
    session = live_session()
    _slow(fakes.recorder)
    statuses = _race(session, [session.user] * (2 * PER_SIDE))
    assert statuses == [200] * (2 * PER_SIDE)
    assert fakes.recorder.started == []
    rec = Recording.objects.get(session_id=session.pk)
    assert (rec.state, rec.friend_consented_at) == ("requested", None)
