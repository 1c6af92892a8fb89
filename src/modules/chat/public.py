"""What other modules (booking, matching, events) and the entry points may use from chat."""

from typing import Any

from modules.chat.repositories import personal_data as _personal_data
from modules.chat.repositories.stats import ChatActivity, chat_activity
from modules.chat.services.conversations import (
    conversation_ensure_direct,
    conversation_ensure_group,
    conversation_group_leave,
)
from modules.chat.services.notices import sockets_notify

__all__ = [
    "ChatActivity",
    "chat_activity",
    "conversation_ensure_direct",
    "conversation_ensure_group",
    "conversation_group_leave",
    "personal_data_export",
    "sockets_notify",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
