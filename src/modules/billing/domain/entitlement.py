"""Entitlement rules: may this person book a session now?

Until subscriptions exist, the rule is the free trial every new account gets: seven days
from sign-up, any session type. Billing will add subscriptions and premium sessions here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

TRIAL_LENGTH = timedelta(days=7)


@dataclass(frozen=True)
class Entitlement:
    allowed: bool
    reason: str  # "trial" | "trial_expired" | "unknown_account"
    trial_ends_at: datetime | None = None


def entitlement_for(*, account_created_at: datetime | None, session_starts_at: datetime, now: datetime) -> Entitlement:
    if account_created_at is None:
        return Entitlement(False, "unknown_account")
    trial_end = account_created_at + TRIAL_LENGTH
    # The trial covers sessions booked during it that also take place during it.
    if now < trial_end and session_starts_at < trial_end:
        return Entitlement(True, "trial", trial_end)
    return Entitlement(False, "trial_expired", trial_end)
