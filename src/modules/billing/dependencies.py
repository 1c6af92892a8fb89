"""Ports billing uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.email import EmailSender
from core.ports.payments import PaymentGateway
from core.ports.tasks import TaskQueue
from modules.billing.domain.ports import UserPush


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
def email(sender: EmailSender = Provide["email"]) -> EmailSender:
    _wired(sender, "email")
    return sender


@inject
def user_push(push: UserPush = Provide["user_push"]) -> UserPush:
    _wired(push, "user_push")
    return push


@inject
def tasks(queue: TaskQueue = Provide["tasks"]) -> TaskQueue:
    _wired(queue, "tasks")
    return queue
