"""What a notification is about, the channels it can use, and what people get by default.

Every module's notification names one kind; people choose per kind and channel (push, email,
in-app). ACCOUNT is transactional (support replies, safety decisions): always delivered, never
configurable, never carries an unsubscribe link.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NotificationKind(StrEnum):
    NEW_MATCH = "new_match"
    SESSION_REMINDER = "session_reminder"
    # Someone booked, moved or cancelled a session with you.
    SESSION_CHANGE = "session_change"
    NEW_MESSAGE = "new_message"
    FEEDBACK_REQUEST = "feedback_request"
    BILLING = "billing"  # renewals, trial ending
    EVENTS = "events"  # group events: seats, waitlist offers, cancellations
    MARKETING = "marketing"
    ACCOUNT = "account"  # transactional: not configurable


@dataclass(frozen=True)
class Channels:
    push: bool
    email: bool
    in_app: bool

    def with_changes(self, *, push: bool | None = None, email: bool | None = None, in_app: bool | None = None):
        return Channels(
            push=self.push if push is None else push,
            email=self.email if email is None else email,
            in_app=self.in_app if in_app is None else in_app,
        )

    @property
    def any(self) -> bool:
        return self.push or self.email or self.in_app


# Email is opt-in where a push says it better (messages, reminders); marketing is off everywhere
# until the person turns it on.
DEFAULTS: dict[NotificationKind, Channels] = {
    NotificationKind.NEW_MATCH: Channels(push=True, email=True, in_app=True),
    NotificationKind.SESSION_REMINDER: Channels(push=True, email=False, in_app=True),
    NotificationKind.SESSION_CHANGE: Channels(push=True, email=True, in_app=True),
    NotificationKind.NEW_MESSAGE: Channels(push=True, email=False, in_app=True),
    NotificationKind.FEEDBACK_REQUEST: Channels(push=True, email=False, in_app=True),
    NotificationKind.BILLING: Channels(push=True, email=True, in_app=True),
    NotificationKind.EVENTS: Channels(push=True, email=True, in_app=True),
    NotificationKind.MARKETING: Channels(push=False, email=False, in_app=False),
    NotificationKind.ACCOUNT: Channels(push=True, email=False, in_app=True),
}

CONFIGURABLE: tuple[NotificationKind, ...] = tuple(k for k in NotificationKind if k != NotificationKind.ACCOUNT)


def channels_for(kind: NotificationKind, chosen: dict[NotificationKind, Channels]) -> Channels:
    """The channels a notification of `kind` uses, given the person's stored choices."""
    if kind not in CONFIGURABLE:
        return DEFAULTS[kind]
    return chosen.get(kind, DEFAULTS[kind])
