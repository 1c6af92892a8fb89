"""Ports notifications needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.ports.push import PushSender


@inject
def push_sender(sender: PushSender = Provide["push"]) -> PushSender:
    if isinstance(sender, Provide):  # not wired: fail loudly instead of passing a marker around
        raise RuntimeError("modules.notifications.dependencies is not wired to the container")
    return sender
