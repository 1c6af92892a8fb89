"""Ports this module needs, resolved from the composition root by dependency-injector wiring."""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.contacts import ContactBlocks
from kit.wiring import wired
from modules.chat.domain.ports import PresenceStore


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def presence(store: PresenceStore = Provide["presence"]) -> PresenceStore:
    return wired(store, port="presence", module=__name__)


@inject
def contact_blocks(blocks: ContactBlocks = Provide["contact_blocks"]) -> ContactBlocks:
    return wired(blocks, port="contact_blocks", module=__name__)
