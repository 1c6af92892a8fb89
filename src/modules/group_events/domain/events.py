"""Group events: statuses, seats and the rules that decide them (pure Python).

Capacity is a counter on the event row (`seats_taken`: confirmed seats plus seats on offer to
someone from the waitlist) that PostgreSQL keeps within `capacity` with a CHECK constraint; the
services change it only under the event row's lock, which also puts parallel joins in one order.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from core.errors import Conflict, FieldProblem, InvalidInput, RuleViolated


class EventStatus(StrEnum):
    DRAFT = "draft"  # hosts and staff only; fully editable
    PUBLISHED = "published"  # listed, bookable until it starts
    CANCELLED = "cancelled"  # final: every seat cancelled, everyone told
    COMPLETED = "completed"  # final: it ended


class SessionType(StrEnum):
    TEXT = "text"
    VOICE = "voice"
    VIDEO = "video"


class SeatStatus(StrEnum):
    CONFIRMED = "confirmed"
    PENDING_PAYMENT = "pending_payment"  # a paid event's seat, held while billing waits for the money
    WAITLISTED = "waitlisted"
    OFFERED = "offered"  # a freed seat held for this person until `offer_expires_at`
    CANCELLED = "cancelled"  # by the person, or with the event
    EXPIRED = "expired"  # the offer ran out unanswered


# Seats that count against capacity, and seats that are "the person's one seat" at this event.
HOLDING = frozenset({SeatStatus.CONFIRMED, SeatStatus.PENDING_PAYMENT, SeatStatus.OFFERED})
ACTIVE = HOLDING | {SeatStatus.WAITLISTED}
# Stripe's smallest charge (0.50 in most currencies): a cheaper paid event could never be paid for.
MIN_PRICE_MINOR = 50

MAX_CAPACITY = 1000
MAX_HOSTS = 5
MAX_DURATION = timedelta(hours=12)
MIN_DURATION = timedelta(minutes=15)
# Only drafts change shape; a published event keeps what people booked.
DRAFT_ONLY_FIELDS = frozenset({"start", "end", "timezone", "capacity", "session_type", "price_minor", "currency",
                               "included_in_plan", "host_ids"})  # fmt: skip


@dataclass(frozen=True)
class Schedule:
    start: datetime
    end: datetime


def check_schedule(*, start: datetime, end: datetime, now: datetime) -> Schedule:
    problems = []
    if end <= start:
        problems.append(FieldProblem(("body", "end"), "must be after start"))
    elif end - start < MIN_DURATION or end - start > MAX_DURATION:
        problems.append(FieldProblem(("body", "end"), "an event lasts between 15 minutes and 12 hours"))
    if start <= now:
        problems.append(FieldProblem(("body", "start"), "must be in the future"))
    if problems:
        raise InvalidInput("The event's times are not valid.", errors=problems)
    return Schedule(start, end)


def check_price(*, price_minor: int, included_in_plan: bool) -> None:
    if 0 < price_minor < MIN_PRICE_MINOR:
        raise InvalidInput(
            "A paid event costs at least 50 minor units.",
            errors=[FieldProblem(("body", "price_minor"), f"0 (free) or at least {MIN_PRICE_MINOR}")],
        )
    if price_minor > 0 and included_in_plan:
        raise InvalidInput(
            "An event is either paid or included in the plan, not both.",
            errors=[FieldProblem(("body", "included_in_plan"), "not with a price")],
        )


def check_editable(status: EventStatus, changed: set[str]) -> None:
    if status in (EventStatus.CANCELLED, EventStatus.COMPLETED):
        raise Conflict(f"This event is {status.value}.", code="event_closed")
    frozen = sorted(changed & DRAFT_ONLY_FIELDS)
    if status == EventStatus.PUBLISHED and frozen:
        raise Conflict(
            "A published event keeps its times, seats, hosts and price; cancel it and create another.",
            code="event_published",
            extra={"fields": frozen},
        )


def check_publishable(status: EventStatus, *, start: datetime, now: datetime) -> None:
    if status != EventStatus.DRAFT:
        raise Conflict(f"This event is {status.value}.", code="invalid_transition")
    if start <= now:
        raise RuleViolated("This event's start has passed.", code="event_started")


def check_cancellable(status: EventStatus) -> None:
    if status not in (EventStatus.DRAFT, EventStatus.PUBLISHED):
        raise Conflict(f"This event is {status.value}.", code="invalid_transition")


def check_bookable(status: EventStatus, *, start: datetime, now: datetime) -> None:
    if status != EventStatus.PUBLISHED:
        raise RuleViolated(f"This event is {status.value}.", code="event_not_bookable")
    if start <= now:
        raise RuleViolated("This event has started.", code="event_started")


def place_for(*, seats_taken: int, capacity: int) -> SeatStatus:
    """A new arrival sits if a seat is free, else joins the end of the waitlist."""
    return SeatStatus.CONFIRMED if seats_taken < capacity else SeatStatus.WAITLISTED


def offer_expiry(*, now: datetime, offer_window: timedelta, start: datetime) -> datetime:
    """An offer lasts `offer_window`, but never past the start: a seat offered late must still be usable."""
    return min(now + offer_window, start)


def check_event_no_show_open(*, status: EventStatus, start: datetime, now: datetime) -> None:
    if status not in (EventStatus.PUBLISHED, EventStatus.COMPLETED) or now < start:
        raise RuleViolated("A no-show can be reported once the event has started.", code="no_show_not_reportable")


def check_no_show_reportable(*, status: EventStatus, seat: SeatStatus, start: datetime, now: datetime) -> None:
    check_event_no_show_open(status=status, start=start, now=now)
    if seat != SeatStatus.CONFIRMED:
        raise RuleViolated("Only a confirmed seat can be a no-show.", code="no_show_not_reportable")


# A seat given up at least this long before the start gives back what it took (an included
# session); later, it is spent, as a user's late cancellation of a session is.
CANCEL_NOTICE = timedelta(hours=24)


def place_on_arrival(*, seats_taken: int, capacity: int, paid: bool) -> SeatStatus:
    """Where a newcomer (or someone taking an offer, seats_taken aside) lands: a paid event's seat
    waits for the payment before it is confirmed."""
    place = place_for(seats_taken=seats_taken, capacity=capacity)
    if place == SeatStatus.CONFIRMED and paid:
        return SeatStatus.PENDING_PAYMENT
    return place


def cancellation_gives_back(*, start: datetime, now: datetime) -> bool:
    return now <= start - CANCEL_NOTICE


def rtc_channel(event_id: int) -> str:
    return f"hl-event-{event_id}"


def group_key(event_id: int) -> str:
    return f"event:{event_id}"


# --- cover images: uploaded straight to storage under the uploader's own prefix --------------
COVER_CONTENT_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
COVER_MAX_BYTES = 5 * 1024 * 1024
COVER_UPLOAD_SECONDS = 5 * 60
COVER_LINK_SECONDS = 10 * 60
_COVER_TAIL = re.compile(r"^[A-Za-z0-9_-]{32}$")


def cover_prefix(user_id: int) -> str:
    return f"event-covers/{user_id}/"


def cover_key_owned_by(key: str, user_id: int) -> bool:
    prefix = cover_prefix(user_id)
    return key.startswith(prefix) and bool(_COVER_TAIL.match(key[len(prefix) :]))


def new_cover_key(user_id: int) -> str:
    return cover_prefix(user_id) + secrets.token_urlsafe(24)


def check_cover_content_type(content_type: str) -> str:
    if content_type not in COVER_CONTENT_TYPES:
        raise InvalidInput(
            "Unsupported cover type",
            errors=[FieldProblem(("body", "content_type"), f"must be one of {', '.join(sorted(COVER_CONTENT_TYPES))}")],
        )
    return content_type
