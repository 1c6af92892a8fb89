"""The in-process scheduler: `make run` (no Redis, no beat) still runs the periodic work."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from celery import current_app
from celery.schedules import crontab
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from entrypoints.scheduler import InProcessScheduler
from modules.billing.models import PremiumPayment
from modules.booking.models import Session
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory
from tests.modules.notifications.factories import DeviceFactory

ROOT = Path(__file__).resolve().parents[2]


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class RecordingTask:
    def __init__(self, calls: list[str], name: str, fail: bool = False) -> None:
        self.calls, self.name, self.fail = calls, name, fail

    def apply(self, args=(), kwargs=None):
        self.calls.append(self.name)
        if self.fail:
            raise RuntimeError("the task broke")


class RecordingApp:
    """Just enough of a Celery app (its task registry) to watch what the scheduler runs."""

    def __init__(self, *names: str, failing: tuple[str, ...] = ()) -> None:
        self.calls: list[str] = []
        self.tasks = {name: RecordingTask(self.calls, name, fail=name in failing) for name in names}


def test_entries_run_once_at_start_then_at_their_intervals():
    app = RecordingApp("every-minute", "every-five")
    monotonic = FakeMonotonic()
    scheduler = InProcessScheduler(
        {
            "a": {"task": "every-minute", "schedule": 60.0},
            "b": {"task": "every-five", "schedule": timedelta(minutes=5)},
        },
        app=app,
        first_run_after=5,
        monotonic=monotonic,
    )
    assert scheduler.run_due() == []
    monotonic.now += 5
    assert scheduler.run_due() == ["a", "b"]
    assert scheduler.run_due() == []
    for _ in range(5):
        monotonic.now += 60
        scheduler.run_due()
    assert app.calls.count("every-minute") == 6
    assert app.calls.count("every-five") == 2
    assert 0 < scheduler.seconds_to_next() <= 60


def test_a_failing_task_is_logged_and_the_others_still_run(caplog):
    app = RecordingApp("broken", "fine", failing=("broken",))
    monotonic = FakeMonotonic()
    scheduler = InProcessScheduler(
        {"x": {"task": "broken", "schedule": 60}, "y": {"task": "fine", "schedule": 60}},
        app=app,
        first_run_after=0,
        monotonic=monotonic,
    )
    with caplog.at_level(logging.ERROR, logger="entrypoints.scheduler"):
        assert scheduler.run_due() == ["x", "y"]
    assert app.calls == ["broken", "fine"]
    assert "scheduled task x (broken) failed" in caplog.text
    monotonic.now += 60
    assert scheduler.run_due() == ["x", "y"]  # tried again at its next interval


def test_unknown_tasks_and_non_interval_schedules_stop_the_start_up():
    app = RecordingApp("known")
    with pytest.raises(ImproperlyConfigured, match="no task named"):
        InProcessScheduler({"typo": {"task": "knwon", "schedule": 60}}, app=app)
    with pytest.raises(ImproperlyConfigured, match="fixed intervals"):
        InProcessScheduler({"nightly": {"task": "known", "schedule": crontab(hour=3)}}, app=app)


def test_the_thread_runs_entries_until_stopped():
    app = RecordingApp("tick")
    ran = threading.Event()
    original = app.tasks["tick"].apply

    def apply(args=(), kwargs=None):
        original(args, kwargs)
        if app.calls.count("tick") >= 3:
            ran.set()

    app.tasks["tick"].apply = apply
    scheduler = InProcessScheduler({"t": {"task": "tick", "schedule": 0.01}}, app=app, first_run_after=0)
    scheduler.start()
    try:
        assert ran.wait(10)
        assert scheduler.running
    finally:
        scheduler.stop()
    assert not scheduler.running


@pytest.mark.django_db
def test_the_projects_schedule_does_its_work_in_process(
    fakes, clock, caplog, django_capture_on_commit_callbacks, settings
):
    """Every CELERY_BEAT_SCHEDULE entry, run eagerly: sessions complete (or are closed when nobody
    joined), reminders go out, unpaid premium bookings are released, pending notifications are
    redelivered and expired ones purged."""
    # Notifications are stamped with wall time (auto_now_add) while the clock is frozen in 2030:
    # a retention age of ten years keeps the ones this test makes, and purges `expired`.
    settings.NOTIFICATIONS_RETENTION_DAYS = 3650
    user, friend = UserFactory(), FriendFactory()
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    ended = SessionFactory(
        user=user, friend=friend, status="in_progress", start=NOW - timedelta(hours=2), end=NOW - timedelta(hours=1)
    )
    soon = SessionFactory(user=user, friend=friend, start=NOW + timedelta(minutes=10), end=NOW + timedelta(minutes=70))
    unjoined = SessionFactory(
        user=UserFactory(),
        friend=friend,
        start=NOW - timedelta(days=2),
        end=NOW - timedelta(days=2) + timedelta(hours=1),
    )
    unpaid = SessionFactory(
        user=UserFactory(),
        friend=friend,
        status="pending_payment",
        start=NOW + timedelta(days=1),
        end=NOW + timedelta(days=1, hours=1),
    )
    PremiumPayment.objects.create(
        session_id=unpaid.pk,
        user_id=unpaid.user_id,
        friend=friend,
        amount_minor=3000,
        currency="usd",
        expires_at=NOW - timedelta(minutes=1),
        created_at=NOW,
        updated_at=NOW,
    )
    stuck = Notification.objects.create(
        user=user, key="lost-task", kind="test", title="Hi", body="There", next_attempt_at=NOW - timedelta(minutes=1)
    )

    expired = Notification.objects.create(user=user, key="expired", kind="test", title="Hi", body="Old", status="sent")
    Notification.objects.filter(pk=expired.pk).update(created_at=NOW - timedelta(days=3651))

    scheduler = InProcessScheduler(settings.CELERY_BEAT_SCHEDULE, app=current_app, first_run_after=0)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        assert sorted(scheduler.run_due()) == sorted(settings.CELERY_BEAT_SCHEDULE)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text

    assert Session.objects.get(pk=ended.pk).status == "completed"
    assert Session.objects.get(pk=unjoined.pk).status == "cancelled"
    assert Session.objects.get(pk=unpaid.pk).status == "cancelled"
    assert PremiumPayment.objects.get().status == "failed"
    stuck.refresh_from_db()
    assert stuck.status == "sent"
    assert not Notification.objects.filter(pk=expired.pk).exists()
    reminders = Notification.objects.filter(kind="session_reminder", data__session_id=soon.pk)
    assert reminders.count() == 2
    pushed = [p.data["notification_id"] for p in fakes.push.sent]
    assert len(pushed) == len(set(pushed))  # each notification once (completion may add its own)
    assert {str(stuck.pk), str(reminders.get(user=user).pk)} <= set(pushed)


def _setting_in_a_fresh_process(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "PYTEST_VERSION", "RUN_SCHEDULE_IN_PROCESS")}
    clean.update(PYTHONPATH=f"{ROOT / 'src'}:{ROOT}", DJANGO_SETTINGS_MODULE="config.settings", **env)
    out = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.RUN_SCHEDULE_IN_PROCESS)"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_the_schedule_runs_in_process_by_default_only_without_a_broker_and_outside_tests():
    assert settings.RUN_SCHEDULE_IN_PROCESS is False  # this test run: pytest
    assert _setting_in_a_fresh_process() == "True"  # make run: no REDIS_URL
    assert _setting_in_a_fresh_process(REDIS_URL="redis://127.0.0.1:6399/0") == "False"  # beat's job
    assert _setting_in_a_fresh_process(PYTEST_VERSION="9") == "False"
    assert _setting_in_a_fresh_process(REDIS_URL="redis://127.0.0.1:6399/0", RUN_SCHEDULE_IN_PROCESS="true") == "True"
