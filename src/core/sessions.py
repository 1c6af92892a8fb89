"""The words every module uses about a booked session, so facts about one travel typed.

Booking owns sessions and their lifecycle (modules/booking/domain/sessions.py builds on these);
billing and feedback read the same values from `core.events.SessionStatusChanged` and booking's
public surface, and compare members of these enums, never string literals.
"""

from __future__ import annotations

from enum import StrEnum


class SessionType(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    VIDEO = "video"


class SessionStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"  # a premium session holding its slot until billing settles the payment
    BOOKED = "booked"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW_USER = "no_show_user"
    NO_SHOW_FRIEND = "no_show_friend"


# The session took place, or one side did not turn up: it is over and can be followed up.
ENDED_STATUSES = frozenset({SessionStatus.COMPLETED, SessionStatus.NO_SHOW_USER, SessionStatus.NO_SHOW_FRIEND})


class SessionSide(StrEnum):
    """Who moved a session: one of its two people, staff, or the platform itself (timers, payments)."""

    USER = "user"
    FRIEND = "friend"
    STAFF = "staff"
    SYSTEM = "system"


class PaymentOutcome(StrEnum):
    """How billing settled a premium session's payment."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    EXPIRED = "expired"
