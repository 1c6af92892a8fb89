"""Ports privacy uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.media import MediaStorage
from core.ports.tasks import TaskQueue
from kit.wiring import wired


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def media_storage(storage: MediaStorage = Provide["media"]) -> MediaStorage:
    return wired(storage, port="media", module=__name__)


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    return wired(queue, port="tasks", module=__name__)
