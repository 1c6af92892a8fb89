"""Ports notifications uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.email import EmailSender
from core.ports.push import PushSender
from core.ports.tasks import TaskQueue
from kit.wiring import wired


@inject
def push(sender: PushSender = Provide["push"]) -> PushSender:
    return wired(sender, port="push", module=__name__)


@inject
def email(sender: EmailSender = Provide["email"]) -> EmailSender:
    return wired(sender, port="email", module=__name__)


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    return wired(queue, port="tasks", module=__name__)
