"""Ports analytics uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from kit.wiring import wired


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)
