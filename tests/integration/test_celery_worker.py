"""A real Celery worker on a real Redis broker, killed with SIGKILL in the middle of a task.

Each test enqueues real tasks through the broker, lets a worker (`celery -A config worker`, on
this test's database) start one, stops it half-way (tests/integration/celery_hooks.py holds it
at a chosen point, possibly inside a transaction), kills it with SIGKILL, starts another, and
checks that every effect happened exactly once: the broker hands the unacknowledged task to the
new worker (acks_late, visibility timeout) and the tasks are idempotent.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from django.conf import settings
from django.db import connection, transaction

from entrypoints.container import get_container
from modules.billing.models import PremiumPayment
from modules.booking.models import Session, SessionTransition
from modules.notifications.models import Notification
from modules.notifications.public import notify
from tests.integration.celery_hooks import PREFIX, PUSHES, hold_key, holding_key
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory
from tests.modules.notifications.factories import DeviceFactory

ROOT = Path(__file__).resolve().parents[2]
# Seconds after which the broker gives a dead worker's task to another (CELERY_VISIBILITY_TIMEOUT).
VISIBILITY_TIMEOUT = 3

pytestmark = [
    pytest.mark.integration,
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not (settings.USING_POSTGRES and settings.REDIS_URL),
        reason="needs PostgreSQL and Redis shared with a worker process (set DATABASE_URL and REDIS_URL)",
    ),
]


def _wait_for(condition: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    deadline = time.time() + timeout
    while not (result := condition()):
        assert time.time() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)
    return result


class Workers:
    """Starts `celery -A config worker` processes on the test database and the test's Redis."""

    def __init__(self, tmp_path: Path) -> None:
        db = settings.DATABASES["default"]
        self.env = {
            k: v
            for k, v in os.environ.items()
            # The worker is a deployment, not a test process: no eager tasks, no xdist Redis shift.
            if k not in ("PYTEST_XDIST_WORKER", "PYTEST_VERSION", "CELERY_TASK_ALWAYS_EAGER", "CELERY_BROKER_URL")
        }
        self.env.update(
            PYTHONPATH=f"{ROOT / 'src'}:{ROOT}",
            DJANGO_SETTINGS_MODULE="config.settings",
            DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
            REDIS_URL=settings.REDIS_URL,
            CELERY_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT),
            PUSH_BACKEND="fake",
            CELERY_TEST_HOOKS="1",
        )
        self.tmp_path = tmp_path
        self.procs: list[subprocess.Popen] = []

    def start(self) -> subprocess.Popen:
        log = self.tmp_path / f"worker-{len(self.procs)}.log"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool=solo",
                "--concurrency=1",
                "--without-gossip",
                "--without-mingle",
                "--include=tests.integration.celery_hooks",
                f"--hostname=ops-test-{len(self.procs)}@%h",
                "--loglevel=INFO",
                f"--logfile={log}",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        self.procs.append(proc)

        def ready() -> bool:
            assert proc.poll() is None, f"the worker exited:\n{log.read_text() if log.exists() else ''}"
            return log.exists() and " ready." in log.read_text()

        _wait_for(ready, "the worker to start")
        return proc

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


class BrokerTaskQueue:
    """The TaskQueue port for the test process: straight onto the broker, never eager."""

    def __init__(self, producer: Celery) -> None:
        self.producer = producer

    def enqueue(self, name: str, /, **kwargs: Any) -> None:
        self.producer.send_task(name, kwargs=kwargs)


@pytest.fixture
def broker() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(settings.REDIS_URL)

    def clean() -> None:
        # The broker's queue and unacknowledged set, and the hooks' keys: this test's alone.
        client.delete("celery", "unacked", "unacked_index", "unacked_mutex")
        for key in client.scan_iter(f"{PREFIX}*"):
            client.delete(key)

    clean()
    yield client
    clean()
    client.close()


@pytest.fixture
def workers(tmp_path, broker) -> Iterator[Workers]:
    running = Workers(tmp_path)
    try:
        yield running
    finally:
        running.stop_all()
        connection.close()


@pytest.fixture
def queue(broker) -> Iterator[BrokerTaskQueue]:
    producer = Celery("test-producer", broker=settings.REDIS_URL, set_as_current=False)
    tasks = BrokerTaskQueue(producer)
    with get_container().tasks.override(tasks):
        yield tasks
    producer.close()


def _kill_mid_task(workers: Workers, broker: redis.Redis, task: str, where: str, at_call: int, start: Callable) -> None:
    """Start a worker, hold `task` at its `at_call`-th `where`, SIGKILL the worker there, start another."""
    broker.set(hold_key(task, where), at_call)
    first = workers.start()
    start()
    pid = int(_wait_for(lambda: broker.get(holding_key(task)), f"{task} to reach its hold point"))
    assert pid == first.pid
    os.kill(first.pid, signal.SIGKILL)
    first.wait(10)
    broker.delete(hold_key(task, where))
    workers.start()


def _settled(broker: redis.Redis) -> bool:
    """Nothing queued and nothing handed out but unacknowledged: every task has run."""
    return broker.llen("celery") == 0 and broker.hlen("unacked") == 0


def _pushes(broker: redis.Redis) -> list[dict]:
    return [json.loads(raw) for raw in broker.lrange(PUSHES, 0, -1)]


def test_a_notification_delivery_killed_between_two_devices_reaches_each_device_once(workers, broker, queue):
    user = UserFactory()
    DeviceFactory(user=user, token="phone-aaaaaaaa")
    DeviceFactory(user=user, token="tablet-aaaaaaa")

    def start() -> None:
        with transaction.atomic():
            notify(user_id=user.pk, key="celery-kill", kind="session_reminder", title="Hi", body="There")

    # Killed after the phone got it, while sending to the tablet.
    _kill_mid_task(workers, broker, "notifications.deliver", "push", at_call=2, start=start)
    n = Notification.objects.get()
    # The redelivered task waits for the attempt's backoff; the sweep sends the rest when it is due.
    _wait_for(lambda: _settled(broker), "the broker to hand the killed task to the new worker")
    Notification.objects.filter(pk=n.pk).update(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1))
    queue.enqueue("notifications.redeliver_stale")
    _wait_for(lambda: Notification.objects.get(pk=n.pk).status == "sent", "the notification to be sent")
    _wait_for(lambda: _settled(broker), "every task to finish")

    n.refresh_from_db()
    assert (n.status, n.attempts) == ("sent", 2)
    assert sorted(p["token"] for p in _pushes(broker)) == ["phone-aaaaaaaa", "tablet-aaaaaaa"]
    assert {p["notification_id"] for p in _pushes(broker)} == {str(n.pk)}


def test_session_reminders_killed_inside_their_transaction_are_sent_once(workers, broker, queue):
    user, friend = UserFactory(), FriendFactory()
    DeviceFactory(user=user, token="user-phone-aaa")
    DeviceFactory(user=friend, token="friend-phone-a")
    now = datetime.now(UTC)
    session = SessionFactory(
        user=user, friend=friend, start=now + timedelta(minutes=10), end=now + timedelta(minutes=70)
    )

    # The 2nd time the task reads the clock it has queued one reminder, uncommitted: killed there.
    _kill_mid_task(
        workers,
        broker,
        "booking.send_reminders",
        "clock",
        at_call=2,
        start=lambda: queue.enqueue("booking.send_reminders"),
    )
    _wait_for(lambda: Notification.objects.filter(status="sent").count() == 2, "the new worker to send both reminders")
    _wait_for(lambda: _settled(broker), "every task to finish")

    reminders = Notification.objects.filter(kind="session_reminder", data__session_id=session.pk)
    assert sorted(reminders.values_list("user_id", flat=True)) == sorted([user.pk, friend.pk])
    assert sorted(p["token"] for p in _pushes(broker)) == ["friend-phone-a", "user-phone-aaa"]
    assert all(n.attempts == 1 for n in reminders)


def test_premium_expiry_killed_holding_the_payment_lock_releases_the_booking_once(workers, broker, queue):
    user, friend = UserFactory(), FriendFactory()
    now = datetime.now(UTC)
    session = SessionFactory(
        user=user,
        friend=friend,
        status="pending_payment",
        start=now + timedelta(days=1),
        end=now + timedelta(days=1, hours=1),
    )
    payment = PremiumPayment.objects.create(
        session_id=session.pk,
        user=user,
        friend=friend,
        amount_minor=3000,
        currency="usd",
        expires_at=now - timedelta(minutes=1),
        created_at=now - timedelta(minutes=16),
        updated_at=now - timedelta(minutes=16),
    )

    # The 2nd clock read is inside the transaction that holds the payment's row lock.
    _kill_mid_task(
        workers,
        broker,
        "billing.expire_premium_payments",
        "clock",
        at_call=2,
        start=lambda: queue.enqueue("billing.expire_premium_payments"),
    )
    _wait_for(lambda: PremiumPayment.objects.get(pk=payment.pk).status == "failed", "the new worker to expire it")
    _wait_for(lambda: _settled(broker), "every task to finish")

    assert Session.objects.get(pk=session.pk).status == "cancelled"
    assert SessionTransition.objects.filter(session_id=session.pk, to_status="cancelled").count() == 1
    # Running it again changes nothing more.
    queue.enqueue("billing.expire_premium_payments")
    time.sleep(1)
    _wait_for(lambda: _settled(broker), "the rerun to finish")
    assert SessionTransition.objects.filter(session_id=session.pk, to_status="cancelled").count() == 1
