"""Test-only hooks for the real Celery worker that tests/integration/test_celery_worker.py starts
(`celery -A config worker --include tests.integration.celery_hooks`, with CELERY_TEST_HOOKS=1;
the test imports it only for the key names, and then it changes nothing).

They replace two ports in the worker's container, so the test (another process) can watch and
stop the worker mid-task through Redis:
- push: records every push in a Redis list instead of calling a provider;
- clock: the system clock, except that the n-th time a task asks for the time while the key
  `hold:<task name>:<where>` holds n, it announces itself and waits until the key is gone. The
  test kills the worker there: half-way through the task, possibly inside a transaction.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping

import redis
from celery import current_task

from core.clock import SystemClock
from core.ports.push import PushResult
from entrypoints.container import get_container

PREFIX = "hl-test:celery:"
PUSHES = PREFIX + "pushes"

_redis = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


def hold_key(task_name: str, where: str) -> str:
    return f"{PREFIX}hold:{task_name}:{where}"


def holding_key(task_name: str) -> str:
    return f"{PREFIX}holding:{task_name}"


def _hold_point(where: str) -> None:
    if not current_task or not current_task.request.id:  # a proxy: falsy outside a task
        return
    task = current_task
    key = hold_key(task.name, where)
    hold_at = _redis.get(key)
    if hold_at is None:
        return
    calls = _redis.incr(f"{PREFIX}calls:{task.request.id}:{where}")
    if calls < int(hold_at):
        return
    _redis.set(holding_key(task.name), os.getpid())
    while _redis.exists(key):
        time.sleep(0.05)


class HoldingClock(SystemClock):
    def now(self):
        _hold_point("clock")
        return super().now()


class RedisRecordingPush:
    def send(self, *, device_token: str, title: str, body: str, data: Mapping[str, str]) -> PushResult:
        _hold_point("push")
        record = {"token": device_token, "title": title, "notification_id": data.get("notification_id")}
        index = _redis.rpush(PUSHES, json.dumps(record))
        return PushResult(message_id=f"projects/celery-test/messages/{index}")


if os.environ.get("CELERY_TEST_HOOKS") == "1":
    _container = get_container()
    _container.clock.override(HoldingClock())
    _container.push.override(RedisRecordingPush())
