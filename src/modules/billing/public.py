"""What other modules may ask billing."""

from __future__ import annotations

from datetime import datetime

from modules.accounts.public import account_created_at
from modules.billing.domain.entitlement import Entitlement, entitlement_for


def booking_entitlement(*, user_id: int, session_type: str, starts_at: datetime, now: datetime) -> Entitlement:
    """May `user_id` book a `session_type` session starting at `starts_at`?"""
    return entitlement_for(account_created_at=account_created_at(user_id), session_starts_at=starts_at, now=now)


__all__ = ["Entitlement", "booking_entitlement"]
