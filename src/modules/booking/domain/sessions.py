"""Session lifecycle: the states a booked session moves through, and who may move it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# The statuses and types are the shared kernel's (billing and feedback read them from events);
# booking's rules below are built on them.
from core.sessions import SessionStatus as SessionStatus
from core.sessions import SessionType as SessionType

# Sessions in these states hold their time: nobody else may book over them.
HOLDING_STATUSES = frozenset({SessionStatus.PENDING_PAYMENT, SessionStatus.BOOKED, SessionStatus.IN_PROGRESS})

ALLOWED_TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.PENDING_PAYMENT: frozenset({SessionStatus.BOOKED, SessionStatus.CANCELLED}),
    SessionStatus.BOOKED: frozenset(
        {SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED, SessionStatus.NO_SHOW_USER, SessionStatus.NO_SHOW_FRIEND}
    ),
    SessionStatus.IN_PROGRESS: frozenset({SessionStatus.COMPLETED}),
    SessionStatus.COMPLETED: frozenset(),
    SessionStatus.CANCELLED: frozenset(),
    SessionStatus.NO_SHOW_USER: frozenset(),
    SessionStatus.NO_SHOW_FRIEND: frozenset(),
}


def can_transition(current: SessionStatus, target: SessionStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]


class Side(StrEnum):
    USER = "user"
    FRIEND = "friend"
    STAFF = "staff"


NO_SHOW_GRACE = timedelta(minutes=10)
NO_SHOW_REPORT_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class CancellationPolicy:
    """Users may cancel (or move) a session until the friend's notice period before it starts;
    friends and staff may cancel at any time before it ends."""

    notice: timedelta

    def user_deadline(self, start: datetime) -> datetime:
        return start - self.notice

    def may_change(self, *, side: Side, start: datetime, now: datetime) -> bool:
        if side == Side.USER:
            return now <= self.user_deadline(start)
        return True


def no_show_reportable(*, start: datetime, end: datetime, now: datetime) -> bool:
    """A participant may report the other absent from 10 minutes after the start until a day after the end."""
    return start + NO_SHOW_GRACE <= now <= end + NO_SHOW_REPORT_WINDOW


JOIN_EARLY = timedelta(minutes=10)
TOKEN_GRACE = timedelta(minutes=15)


def join_window_open(*, start: datetime, end: datetime, now: datetime) -> bool:
    """Participants may join from 10 minutes before the start until the end."""
    return start - JOIN_EARLY <= now < end


def rtc_channel(session_id: int) -> str:
    return f"hl-session-{session_id}"
