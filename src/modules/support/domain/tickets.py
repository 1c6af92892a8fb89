"""Tickets: categories, the status workflow and who may move it (pure rules)."""

from __future__ import annotations

from enum import StrEnum

from core.errors import Conflict


class Category(StrEnum):
    ACCOUNT = "account"
    BILLING = "billing"
    SESSION = "session"
    SAFETY = "safety"
    OTHER = "other"


class Status(StrEnum):
    OPEN = "open"  # waiting for staff
    PENDING = "pending"  # waiting for the requester
    RESOLVED = "resolved"  # staff consider it done; a requester reply reopens it
    CLOSED = "closed"  # final


class LinkType(StrEnum):
    SESSION = "session"
    PAYMENT = "payment"
    EVENT = "event"
    MESSAGE = "message"
    CHAT_REPORT = "chat_report"
    USER = "user"


# Staff moves; "open" again happens by itself when the requester writes.
STAFF_MOVES: dict[Status, frozenset[Status]] = {
    Status.OPEN: frozenset({Status.PENDING, Status.RESOLVED, Status.CLOSED}),
    Status.PENDING: frozenset({Status.OPEN, Status.RESOLVED, Status.CLOSED}),
    Status.RESOLVED: frozenset({Status.OPEN, Status.CLOSED}),
    Status.CLOSED: frozenset(),
}


def check_staff_move(current: Status, target: Status) -> None:
    if target == current:
        return
    if target not in STAFF_MOVES[current]:
        raise Conflict(f"A {current.value} ticket cannot become {target.value}.", code="invalid_transition")


def status_after_requester_reply(current: Status) -> Status:
    """A requester's reply puts the ticket back in staff's queue (a closed ticket stays closed)."""
    if current == Status.CLOSED:
        raise Conflict("This ticket is closed: open a new one.", code="ticket_closed")
    return Status.OPEN


def status_after_staff_reply(current: Status, *, internal: bool) -> Status:
    """A public reply waits for the requester; an internal note changes nothing."""
    if current == Status.CLOSED:
        raise Conflict("This ticket is closed.", code="ticket_closed")
    if internal:
        return current
    return Status.PENDING if current == Status.OPEN else current
