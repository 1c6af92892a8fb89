"""Ports notifications uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from typing import Any

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.email import EmailSender
from core.ports.push import PushSender
from core.ports.tasks import TaskQueue


def _wired(value: Any, name: str) -> Any:
    if isinstance(value, Provide):
        raise RuntimeError(f"modules.notifications.dependencies is not wired to the container ({name})")
    return value


@inject
def push(sender: PushSender = Provide["push"]) -> PushSender:
    return _wired(sender, "push")


@inject
def email(sender: EmailSender = Provide["email"]) -> EmailSender:
    return _wired(sender, "email")


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return _wired(clock, "clock")


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    return _wired(queue, "tasks")
