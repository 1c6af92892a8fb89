"""Ports this module needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.contacts import ContactBlocks
from core.ports.recording import SessionRecordingStates
from core.ports.rtc import RtcTokenIssuer
from kit.wiring import wired


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def rtc(issuer: RtcTokenIssuer = Provide["rtc"]) -> RtcTokenIssuer:
    return wired(issuer, port="rtc", module=__name__)


@inject
def contact_blocks(blocks: ContactBlocks = Provide["contact_blocks"]) -> ContactBlocks:
    return wired(blocks, port="contact_blocks", module=__name__)


@inject
def session_recordings(states: SessionRecordingStates = Provide["session_recordings"]) -> SessionRecordingStates:
    return wired(states, port="session_recordings", module=__name__)
