"""What other modules may use from feedback."""

from __future__ import annotations

from typing import Any

from modules.feedback.repositories import personal_data as _personal_data
from modules.feedback.repositories.stats import friend_ratings
from modules.feedback.services.demo import demo_surveys_ensure
from modules.feedback.services.ratings import FriendSummary, friend_summaries

__all__ = [
    "FriendSummary",
    "demo_surveys_ensure",
    "friend_ratings",
    "friend_summaries",
    "personal_data_export",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
