"""Blocks, as the modules that must respect them read them.

Matching owns blocks (`/api/blocks`); accounts (the friend directory), booking (free slots)
and chat (typing, receipts, presence) hide blocked people from each other through this port,
so none of them depends on matching, and matching (which reads accounts and booking) keeps
its dependencies one-way. The composition root provides matching's implementation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class FavouriteFriends(Protocol):
    """Which friends a user keeps as favourites (matching owns them; accounts' friend directory
    marks them on its cards through this port)."""

    def favourite_ids(self, user_id: int, friend_ids: Iterable[int]) -> frozenset[int]: ...


class ContactBlocks(Protocol):
    def blocked_with(self, user_id: int) -> frozenset[int]:
        """Everyone `user_id` blocked or was blocked by: they must not see each other."""
        ...
