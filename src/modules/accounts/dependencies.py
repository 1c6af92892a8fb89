"""The ports accounts uses, resolved from the composition root by dependency-injector wiring.

The string markers name the container's providers, so this module never imports entrypoints;
`entrypoints.container.get_container()` wires it at start-up, and tests override the providers.
"""

from __future__ import annotations

from dependency_injector.wiring import Provide, inject

from core.clock import Clock
from core.ports.contacts import ContactBlocks, FavouriteFriends
from core.ports.media import MediaStorage
from kit.wiring import wired


@inject
def media_storage(storage: MediaStorage = Provide["media"]) -> MediaStorage:
    return wired(storage, port="media", module=__name__)


@inject
def clock(clock: Clock = Provide["clock"]) -> Clock:
    return wired(clock, port="clock", module=__name__)


@inject
def contact_blocks(blocks: ContactBlocks = Provide["contact_blocks"]) -> ContactBlocks:
    return wired(blocks, port="contact_blocks", module=__name__)


@inject
def favourite_friends(favourites: FavouriteFriends = Provide["favourite_friends"]) -> FavouriteFriends:
    return wired(favourites, port="favourite_friends", module=__name__)
