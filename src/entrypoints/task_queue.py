"""The TaskQueue port on Celery: tasks are looked up by name in the current Celery app, so
modules never import the task functions (which live in the entry points)."""

from __future__ import annotations

from typing import Any

from celery import current_app


class CeleryTaskQueue:
    def enqueue(self, name: str, /, **kwargs: Any) -> None:
        task = current_app.tasks[name]  # KeyError for a typo: loud, at the call site
        task.apply_async(kwargs=kwargs)


class RecordingTaskQueue:
    """For tests that want to see what was queued without running it."""

    def __init__(self) -> None:
        self.queued: list[tuple[str, dict[str, Any]]] = []

    def enqueue(self, name: str, /, **kwargs: Any) -> None:
        self.queued.append((name, kwargs))
