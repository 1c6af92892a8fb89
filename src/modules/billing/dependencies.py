"""Ports billing uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.payments import PaymentGateway
from core.ports.tasks import TaskQueue


def _wired(value: object, name: str) -> None:
    if isinstance(value, Provide):  # not wired: fail loudly instead of passing a marker around
        raise RuntimeError(f"modules.billing.dependencies is not wired to the container ({name})")


@inject
def payments(gateway: PaymentGateway = Provide["payments"]) -> PaymentGateway:
    _wired(gateway, "payments")
    return gateway


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    _wired(clock, "clock")
    return clock


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    _wired(queue, "tasks")
    return queue
