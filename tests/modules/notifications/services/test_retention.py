"""Retention: finished notifications past the configured age leave, in batches, idempotently."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from entrypoints.tasks import notifications_purge_finished
from modules.notifications.models import Notification
from modules.notifications.public import purge_finished
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

S = Notification.Status


def _notification(user, key, *, days_old, status=S.SENT, read=False):
    n = Notification.objects.create(user=user, key=key, kind="system", title="t", body="b", status=status)
    # created_at is auto_now_add: set the age afterwards.
    Notification.objects.filter(pk=n.pk).update(
        created_at=NOW - timedelta(days=days_old), read_at=NOW if read else None
    )
    return n.pk


def _left() -> set[str]:
    return set(Notification.objects.values_list("key", flat=True))


@pytest.fixture
def retention(settings):
    settings.NOTIFICATIONS_RETENTION_DAYS = 180
    settings.RETENTION_BATCH_SIZE = 1000
    settings.RETENTION_MAX_BATCHES = 100
    return settings


def test_finished_ones_past_the_age_go_pending_and_young_ones_stay(clock, retention):
    user = UserFactory()
    for status in (S.SENT, S.NO_DEVICE, S.FAILED, S.IN_APP):
        _notification(user, f"old-{status}", days_old=181, status=status)
    _notification(user, "old-read", days_old=400, read=True)
    _notification(user, "old-pending", days_old=400, status=S.PENDING)  # still to deliver: never purged
    _notification(user, "young", days_old=179)
    _notification(user, "exactly-at-the-age", days_old=180)

    assert purge_finished() == 5
    assert _left() == {"old-pending", "young", "exactly-at-the-age"}


def test_a_rerun_changes_nothing(clock, retention):
    user = UserFactory()
    _notification(user, "old", days_old=200)
    _notification(user, "young", days_old=10)
    assert notifications_purge_finished() == 1  # the beat task
    assert notifications_purge_finished() == 0
    assert _left() == {"young"}


def test_the_age_follows_the_clock_and_the_setting(clock, retention):
    user = UserFactory()
    _notification(user, "n", days_old=170)
    assert purge_finished() == 0
    clock.advance(timedelta(days=11))
    assert purge_finished() == 1

    clock.set(NOW)
    _notification(user, "m", days_old=20)
    retention.NOTIFICATIONS_RETENTION_DAYS = 30
    assert purge_finished() == 0
    retention.NOTIFICATIONS_RETENTION_DAYS = 7
    assert purge_finished() == 1


def test_deletes_in_bounded_batches_oldest_first(clock, retention):
    user = UserFactory()
    for i in range(5):
        _notification(user, f"old-{i}", days_old=300 - i)  # old-0 is the oldest
    retention.RETENTION_BATCH_SIZE = 2
    retention.RETENTION_MAX_BATCHES = 2

    with CaptureQueriesContext(connection) as ctx:
        assert purge_finished() == 4  # two batches of two, then the run stops
    deletes = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("DELETE")]
    assert len(deletes) == 2
    assert _left() == {"old-4"}  # the youngest waits for the next run

    assert purge_finished() == 1
    assert _left() == set()
