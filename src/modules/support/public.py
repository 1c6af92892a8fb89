"""What other modules may use from support."""

from __future__ import annotations

from typing import Any

from modules.support.repositories import tickets as repo
from modules.support.repositories.retention import purge_closed_tickets


def safety_ticket_covers_session(*, ticket_id: int, session_id: int) -> bool:
    """An open safety ticket about this session exists (staff may then review its recordings)."""
    return repo.safety_ticket_covers_session(ticket_id=ticket_id, session_id=session_id)


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return repo.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    repo.erase(user_id)


__all__ = ["personal_data_erase", "personal_data_export", "purge_closed_tickets", "safety_ticket_covers_session"]
