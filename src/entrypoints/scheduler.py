"""Beat without a beat process: the web process runs CELERY_BEAT_SCHEDULE in a thread.

`make run` has no Redis and no `celery beat`, yet session reminders, auto-completion, premium
payment expiry and the notification redelivery sweep must run there too (without them a session
stays "in progress" and an unpaid premium booking holds its slot forever). When
RUN_SCHEDULE_IN_PROCESS is on (the default without REDIS_URL, outside tests), config/asgi.py
starts this scheduler: every entry runs once shortly after start-up (catching up on whatever fell
due while the server was down), then at its interval, eagerly, in this thread. Every scheduled
task is idempotent, so two processes doing this (or this and a real beat) only repeat no-ops.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from celery import Celery, current_app
from celery.schedules import schedule as interval_schedule
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections

logger = logging.getLogger(__name__)


def _interval_seconds(name: str, every: Any) -> float:
    if isinstance(every, int | float):
        seconds = float(every)
    elif isinstance(every, timedelta):
        seconds = every.total_seconds()
    elif isinstance(every, interval_schedule) and type(every) is interval_schedule:
        seconds = every.run_every.total_seconds()
    else:
        raise ImproperlyConfigured(
            f"CELERY_BEAT_SCHEDULE[{name!r}]: the in-process scheduler runs fixed intervals only; "
            "run `celery -A config beat` (REDIS_URL set, RUN_SCHEDULE_IN_PROCESS=false) for other schedules"
        )
    if seconds <= 0:
        raise ImproperlyConfigured(f"CELERY_BEAT_SCHEDULE[{name!r}]: the interval must be positive")
    return seconds


class InProcessScheduler:
    """Runs beat entries ({"task": name, "schedule": seconds, "args"/"kwargs": ...}) at their
    intervals. `run_due` does one round (tests call it directly); `start` runs rounds in a
    daemon thread until `stop`."""

    def __init__(
        self,
        entries: Mapping[str, Mapping[str, Any]],
        *,
        app: Celery,
        first_run_after: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._app = app
        self._monotonic = monotonic
        self._entries = {name: dict(entry) for name, entry in entries.items()}
        self._every = {name: _interval_seconds(name, entry["schedule"]) for name, entry in self._entries.items()}
        for name, entry in self._entries.items():
            if entry["task"] not in app.tasks:  # a typo must stop the start-up, not go quiet
                raise ImproperlyConfigured(f"CELERY_BEAT_SCHEDULE[{name!r}]: no task named {entry['task']!r}")
        start = monotonic() + first_run_after
        self._next_run = dict.fromkeys(self._entries, start)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_due(self) -> list[str]:
        """Run every entry that is due now; returns their names. A failing task is logged and
        tried again at its next interval, like beat would."""
        ran = []
        for name, entry in self._entries.items():
            if self._monotonic() < self._next_run[name]:
                continue
            self._next_run[name] = self._monotonic() + self._every[name]
            ran.append(name)
            try:
                self._app.tasks[entry["task"]].apply(args=entry.get("args", ()), kwargs=entry.get("kwargs", {}))
            except Exception:
                logger.exception("scheduled task %s (%s) failed", name, entry["task"])
        return ran

    def seconds_to_next(self) -> float:
        return max(0.0, min(self._next_run.values(), default=self._monotonic() + 60) - self._monotonic())

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="in-process-beat", daemon=True)
        self._thread.start()
        logger.info("in-process scheduler started: %s", ", ".join(sorted(self._entries)))

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.wait(min(self.seconds_to_next(), 30.0)):
            self.run_due()
            # This thread's own connections: a round a minute does not need to hold one (or a
            # broken one) in between.
            connections.close_all()


_started: InProcessScheduler | None = None


def start_if_configured() -> InProcessScheduler | None:
    """Start the process's scheduler when RUN_SCHEDULE_IN_PROCESS is on (once per process)."""
    global _started
    if not settings.RUN_SCHEDULE_IN_PROCESS:
        return None
    if _started is None:
        _started = InProcessScheduler(settings.CELERY_BEAT_SCHEDULE, app=current_app)
        _started.start()
    return _started
