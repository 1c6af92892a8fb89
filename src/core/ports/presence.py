"""Presence port: who has a live connection, shared by every process (Redis) or one (memory).

Presence is tracked per connection, so several devices (and several server processes)
combine into one state per person.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Protocol


class Presence(StrEnum):
    ONLINE = "online"
    IDLE = "idle"
    OFFLINE = "offline"


# A connection that has not refreshed its presence for this long counts as gone (crashed
# process, lost network); live connections refresh every HEARTBEAT_SECONDS.
PRESENCE_TTL_SECONDS = 90
HEARTBEAT_SECONDS = 30


def combined(states: Iterable[Presence]) -> Presence:
    """Online on any device wins over idle; no live connection means offline."""
    seen = set(states)
    if Presence.ONLINE in seen:
        return Presence.ONLINE
    if Presence.IDLE in seen:
        return Presence.IDLE
    return Presence.OFFLINE


class PresenceStore(Protocol):
    def touch(self, *, user_id: int, connection_id: str, state: Presence) -> None:
        """Record or refresh one connection's state (it expires unless refreshed)."""
        ...

    def drop(self, *, user_id: int, connection_id: str) -> None: ...

    def presence_of(self, user_ids: Iterable[int]) -> dict[int, Presence]:
        """Each user's combined presence (OFFLINE when no live connection)."""
        ...
