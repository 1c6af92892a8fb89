"""What other modules may use from feedback."""

from __future__ import annotations

from modules.feedback.services.ratings import FriendSummary, friend_summaries

__all__ = ["FriendSummary", "friend_summaries"]
