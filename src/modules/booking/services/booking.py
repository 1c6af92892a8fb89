"""Booking use cases: publish availability, list free slots, book a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from core import events
from core.clock import Clock
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound, PermissionDenied, RuleViolated
from core.identity import Actor, Role
from core.ports.contacts import ContactBlocks
from core.sessions import SessionSide
from modules.accounts.public import friend_offer
from modules.billing.public import booking_entitlement
from modules.booking.domain.availability import AvailabilityRules, fits, free_intervals, local_week, slot_starts
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import SessionStatus
from modules.booking.repositories import sessions as repo
from modules.booking.repositories.sessions import SessionView
from modules.booking.services.announce import session_changed
from modules.chat.public import conversation_ensure_direct

MAX_SLOT_RANGE = timedelta(days=31)
SLOT_STEP = timedelta(minutes=15)


@dataclass(frozen=True)
class BookingRequest:
    friend_id: int
    session_type: str
    start: datetime
    duration_minutes: int
    # Pay once for a session the plan does not cover (a premium session), instead of being refused.
    pay_per_session: bool = False


def availability_set(*, actor: Actor, rules: AvailabilityRules) -> None:
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends publish availability.")
    repo.save_rules(actor.user_id, rules)
    events.publish(events.AvailabilityChanged(friend_id=actor.user_id))


def availability_get(*, actor: Actor) -> AvailabilityRules:
    """The friend's own rules; a friend who has published nothing yet gets empty hours in their timezone."""
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends have availability.")
    rules = repo.rules_for(actor.user_id, lengths=())
    if rules is None:
        offer = friend_offer(actor.user_id)
        return AvailabilityRules(timezone=offer.timezone if offer else "UTC")
    return rules


def free_slots(
    *,
    viewer_id: int,
    friend_id: int,
    window: Interval,
    duration_minutes: int | None,
    clock: Clock,
    blocks: ContactBlocks,
) -> list[Interval]:
    """The friend's bookable slots. A block either way reads as no such friend, for the
    blocker and the blocked alike: nobody learns they were blocked."""
    if window.duration > MAX_SLOT_RANGE:
        raise InvalidInput(
            "Ask for at most 31 days of slots at a time.",
            errors=[FieldProblem(("query", "end"), "at most 31 days after 'start'")],
        )
    offer = friend_offer(friend_id)
    if offer is None or friend_id in blocks.blocked_with(viewer_id):
        raise NotFound("No such friend.")
    rules = repo.rules_for(friend_id, lengths=offer.session_lengths_minutes)
    if rules is None or not offer.is_accepting:
        return []
    lengths = [duration_minutes] if duration_minutes else list(offer.session_lengths_minutes)
    if duration_minutes and duration_minutes not in offer.session_lengths_minutes:
        raise InvalidInput(
            "This friend does not offer that length.",
            errors=[FieldProblem(("query", "duration_minutes"), "not offered by this friend")],
        )
    free = free_intervals(
        rules, window=window, busy=repo.busy_intervals(friend_id=friend_id, window=window), now=clock.now()
    )
    out = []
    for minutes in lengths:
        length = timedelta(minutes=minutes)
        out += [Interval(s, s + length) for s in slot_starts(free, length=length, step=SLOT_STEP)]
    return sorted(set(out))


def book_session(*, actor: Actor, request: BookingRequest, clock: Clock) -> SessionView:
    now = clock.now()
    if actor.user_id == request.friend_id:
        raise RuleViolated("You cannot book yourself.", code="self_booking")
    offer = friend_offer(request.friend_id)
    if offer is None:
        raise NotFound("No such friend.")
    events.publish(events.ContactRequested(from_user_id=actor.user_id, to_user_id=request.friend_id))
    problems = []
    if request.session_type not in offer.session_types:
        problems.append(FieldProblem(("body", "session_type"), "this friend does not offer that session type"))
    if request.duration_minutes not in offer.session_lengths_minutes:
        problems.append(
            FieldProblem(("body", "duration_minutes"), f"choose one of {list(offer.session_lengths_minutes)}")
        )
    if request.start <= now:
        problems.append(FieldProblem(("body", "start"), "must be in the future"))
    if problems:
        raise InvalidInput("This booking is not possible.", errors=problems)
    if not offer.is_accepting:
        raise RuleViolated("This friend is not taking bookings right now.", code="friend_not_accepting")
    entitlement = booking_entitlement(
        user_id=actor.user_id, session_type=request.session_type, starts_at=request.start, now=now
    )
    if not entitlement.allowed and not (request.pay_per_session and entitlement.premium_available):
        raise RuleViolated(
            "Your plan does not cover this session.",
            code="not_entitled",
            extra={"entitlement": entitlement.reason, "premium_available": entitlement.premium_available},
        )
    status = SessionStatus.BOOKED if entitlement.allowed else SessionStatus.PENDING_PAYMENT
    slot = Interval(request.start, request.start + timedelta(minutes=request.duration_minutes))

    with transaction.atomic():
        # Serialise bookings of this friend (row lock on PostgreSQL); the exclusion constraint
        # is the backstop for anything that slips past, including the user's own overlaps.
        rules = repo.rules_for(request.friend_id, lengths=offer.session_lengths_minutes, lock=True)
        if rules is None:
            raise RuleViolated("This friend has not published availability.", code="no_availability")
        window = slot.widened(rules.buffer + timedelta(minutes=1))
        if not fits(rules, slot=slot, busy=repo.busy_intervals(friend_id=request.friend_id, window=window), now=now):
            taken = repo.busy_intervals(friend_id=request.friend_id, window=slot.widened(rules.buffer))
            if taken:
                raise Conflict("That time is no longer free.", code="slot_taken")
            raise RuleViolated(
                "That time is outside the friend's free time or notice period.", code="outside_availability"
            )
        if repo.busy_intervals(user_id=actor.user_id, window=slot):
            raise Conflict("You already have a session at that time.", code="user_busy")
        week = local_week(slot.start, rules.zone)
        if repo.holding_count(friend_id=request.friend_id, window=week) >= offer.weekly_capacity:
            raise RuleViolated(
                "This friend is fully booked that week.",
                code="friend_fully_booked",
                extra={"weekly_capacity": offer.weekly_capacity},
            )
        conversation_ensure_direct(user_id=actor.user_id, friend_id=request.friend_id)  # rolled back with the booking
        session = repo.create_session(
            user_id=actor.user_id,
            friend_id=request.friend_id,
            session_type=request.session_type,
            slot=slot,
            price_minor=offer.prices_minor.get(request.session_type, 0),
            currency=offer.currency,
            at=now,
            status=status,
        )
        # Billing consumes an included session or opens the premium payment; if it refuses, nothing is booked.
        session_changed("", session, by_side=SessionSide.USER)
        events.publish(events.SessionBooked(session_id=session.id, user_id=actor.user_id, friend_id=request.friend_id))
        return session
