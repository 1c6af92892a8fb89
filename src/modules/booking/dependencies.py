"""Ports this module needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return clock
