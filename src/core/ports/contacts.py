"""Blocks, as the modules that must respect them read them.

Matching owns blocks (`/api/blocks`); accounts (the friend directory), booking (free slots)
and chat (typing, receipts, presence) hide blocked people from each other through this port,
so none of them depends on matching, and matching (which reads accounts and booking) keeps
its dependencies one-way. The composition root provides matching's implementation.
"""

from __future__ import annotations

from typing import Protocol


class ContactBlocks(Protocol):
    def blocked_with(self, user_id: int) -> frozenset[int]:
        """Everyone `user_id` blocked or was blocked by: they must not see each other."""
        ...
