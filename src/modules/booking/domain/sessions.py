"""Session lifecycle: the states a booked session moves through, and who may move it."""

from __future__ import annotations

from enum import StrEnum


class SessionType(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    VIDEO = "video"


class SessionStatus(StrEnum):
    BOOKED = "booked"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW_USER = "no_show_user"
    NO_SHOW_FRIEND = "no_show_friend"


# Sessions in these states hold their time: nobody else may book over them.
HOLDING_STATUSES = frozenset({SessionStatus.BOOKED, SessionStatus.IN_PROGRESS})

ALLOWED_TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
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
