"""Ports billing uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.payments import PaymentGateway
from core.ports.tasks import TaskQueue
from kit.wiring import wired


@inject
def payments(gateway: PaymentGateway = Provide["payments"]) -> PaymentGateway:
    return wired(gateway, port="payments", module=__name__)


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    return wired(queue, port="tasks", module=__name__)
