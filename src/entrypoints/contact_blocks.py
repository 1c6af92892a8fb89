"""The `ContactBlocks` and `FavouriteFriends` ports, backed by matching (it owns blocks and
favourites)."""

from __future__ import annotations

from collections.abc import Iterable

from modules.matching.public import blocked_with, favourite_ids


class MatchingContactBlocks:
    def blocked_with(self, user_id: int) -> frozenset[int]:
        return blocked_with(user_id)


class MatchingFavouriteFriends:
    def favourite_ids(self, user_id: int, friend_ids: Iterable[int]) -> frozenset[int]:
        return favourite_ids(user_id, friend_ids)
