"""A person's data export: every table that references them, from the module that owns it.

Each module answers for its own tables through `public.personal_data_export`; this module only
puts the answers together. `tests/modules/privacy` fails when a table that references a person is
neither exported nor on `NOT_EXPORTED` with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from modules.accounts.public import personal_data_export as accounts_data
from modules.billing.public import personal_data_export as billing_data
from modules.booking.public import personal_data_export as booking_data
from modules.chat.public import personal_data_export as chat_data
from modules.feedback.public import personal_data_export as feedback_data
from modules.group_events.public import personal_data_export as group_events_data
from modules.matching.public import personal_data_export as matching_data
from modules.moderation.public import personal_data_export as moderation_data
from modules.notifications.public import personal_data_export as notifications_data
from modules.personality.public import personal_data_export as personality_data
from modules.privacy.repositories.archives import export_of as archives_data
from modules.privacy.repositories.erasures import export_of as privacy_data
from modules.recordings.public import personal_data_export as recordings_data
from modules.support.public import personal_data_export as support_data

FORMAT = "humanlink-export/1"

SOURCES: tuple[Callable[[int], dict[str, list[dict[str, Any]]]], ...] = (
    accounts_data,
    personality_data,
    matching_data,
    booking_data,
    chat_data,
    billing_data,
    notifications_data,
    feedback_data,
    privacy_data,
    archives_data,
    moderation_data,
    support_data,
    group_events_data,
    recordings_data,
)

# Tables that reference a person but are deliberately left out of the export, and why.
NOT_EXPORTED = {
    # Django admin's change log: what staff did in the admin site, kept for accountability.
    "admin.LogEntry": "staff actions in the admin site, kept as an audit trail",
}


def personal_data_export(*, user_id: int, now: datetime) -> dict[str, Any]:
    data: dict[str, list[dict[str, Any]]] = {}
    for source in SOURCES:
        data.update(source(user_id))
    return {"format": FORMAT, "generated_at": now, "user_id": user_id, "tables": data}
