"""Background work port: modules ask for a task by name; the entry points decide how it runs
(Celery in production, eagerly in `make run` and tests)."""

from __future__ import annotations

from typing import Any, Protocol


class TaskQueue(Protocol):
    def enqueue(self, name: str, /, **kwargs: Any) -> None:
        """Run the task called `name` in the background with these keyword arguments."""
        ...
