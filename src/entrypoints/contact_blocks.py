"""The `ContactBlocks` port, backed by matching's blocks (matching owns them)."""

from __future__ import annotations

from modules.matching.public import blocked_with


class MatchingContactBlocks:
    def blocked_with(self, user_id: int) -> frozenset[int]:
        return blocked_with(user_id)
