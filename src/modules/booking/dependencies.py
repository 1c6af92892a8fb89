"""Ports this module needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from typing import Any

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.contacts import ContactBlocks
from core.ports.recording import SessionRecordingStates
from core.ports.rtc import RtcTokenIssuer


def _wired(value: Any, name: str) -> Any:
    if isinstance(value, Provide):  # not wired: fail loudly instead of passing a marker around
        raise RuntimeError(f"modules.booking.dependencies is not wired to the container ({name})")
    return value


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return _wired(clock, "clock")


@inject
def rtc(issuer: RtcTokenIssuer = Provide["rtc"]) -> RtcTokenIssuer:
    return _wired(issuer, "rtc")


@inject
def contact_blocks(blocks: ContactBlocks = Provide["contact_blocks"]) -> ContactBlocks:
    return _wired(blocks, "contact_blocks")


@inject
def session_recordings(states: SessionRecordingStates = Provide["session_recordings"]) -> SessionRecordingStates:
    return _wired(states, "session_recordings")
