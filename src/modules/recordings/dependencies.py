"""Ports recordings uses, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.media import MediaStorage
from core.ports.recording import RtcRecorder
from core.ports.rtc import RtcTokenIssuer
from kit.wiring import wired


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def recorder(recorder: RtcRecorder = Provide["recorder"]) -> RtcRecorder:
    return wired(recorder, port="recorder", module=__name__)


@inject
def rtc(issuer: RtcTokenIssuer = Provide["rtc"]) -> RtcTokenIssuer:
    return wired(issuer, port="rtc", module=__name__)


@inject
def media(storage: MediaStorage = Provide["media"]) -> MediaStorage:
    return wired(storage, port="media", module=__name__)
