"""Seats: book, cancel, the waitlist and its offers, joining, attendees and no-shows.

What a seat costs (an included session, or a one-off payment while the seat waits in
`pending_payment`) and gives back is in seat_money.

Every change to who holds a seat happens under the event row's lock (SELECT ... FOR UPDATE):
parallel joins queue on it and are served in that order, so with N seats left exactly N sit and
the rest join the waitlist in arrival order. The counter they move is checked by PostgreSQL
(`seats_taken <= capacity`), so even a bug here could not overfill an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from core.clock import Clock
from core.errors import Conflict, NotFound, PermissionDenied, RuleViolated
from core.identity import Actor
from core.pagination import Page, PageRequest
from core.ports.contacts import ContactBlocks
from core.ports.rtc import RtcRole, RtcToken, RtcTokenIssuer
from modules.accounts.public import display_names
from modules.billing.public import IntentView, premium_seat_intent
from modules.booking.public import JOIN_EARLY, TOKEN_GRACE, join_window_open
from modules.chat.public import conversation_ensure_group, conversation_group_leave
from modules.group_events.domain import events as rules
from modules.group_events.domain.events import HOLDING, EventStatus, SeatStatus, SessionType
from modules.group_events.repositories import events as repo
from modules.group_events.repositories.events import EventView, SeatView
from modules.group_events.services import seat_money
from modules.group_events.services.events import manageable, visible
from modules.notifications.public import NotificationKind, notify


@dataclass(frozen=True)
class SeatState:
    seat: SeatView
    waitlist_position: int | None  # 1 = next in line


@dataclass(frozen=True)
class Attendee:
    seat: SeatView
    display_name: str
    waitlist_position: int | None


@dataclass(frozen=True)
class JoinInfo:
    event: EventView
    conversation_id: int | None
    rtc: RtcToken | None  # voice and video events


def offer_window() -> timedelta:
    return timedelta(minutes=settings.EVENTS_WAITLIST_OFFER_MINUTES)


def _state(seat: SeatView) -> SeatState:
    position = None
    if seat.status == SeatStatus.WAITLISTED:
        position = repo.waitlist_positions(seat.event_id, [seat.id]).get(seat.id)
    return SeatState(seat, position)


def _sit(event: EventView, person_id: int) -> None:
    # The group conversation follows confirmed seats (hosts are in it from publication).
    conversation_ensure_group(key=rules.group_key(event.id), member_ids=[person_id, *event.host_ids], title=event.title)


def _stand_up(event: EventView, person_id: int) -> None:
    conversation_group_leave(key=rules.group_key(event.id), user_id=person_id)


def seat_book(*, actor: Actor, event_id: int, blocks: ContactBlocks, now: datetime) -> SeatState:
    if actor.is_staff:
        raise PermissionDenied("Staff do not book seats.", code="members_only")
    with transaction.atomic():
        event = visible(actor, event_id, blocks=blocks, lock=True)  # the lock puts parallel joins in line
        if actor.user_id in event.host_ids:
            raise RuleViolated("Hosts do not book their own event.", code="own_event")
        rules.check_bookable(event.status, start=event.start, now=now)
        mine = repo.active_seat(event_id, actor.user_id)
        if mine is not None:
            raise Conflict(
                "You already have a place at this event.", code="already_booked", extra={"seat_status": mine.status}
            )
        status = rules.place_on_arrival(
            seats_taken=event.seats_taken, capacity=event.capacity, paid=event.price_minor > 0
        )
        if status == SeatStatus.WAITLISTED:
            seat_money.check_may_wait(actor.user_id, event, now=now)
        seat = repo.add_seat(event_id=event_id, person_id=actor.user_id, status=status, at=now)
        if status != SeatStatus.WAITLISTED:
            seat_money.take(event, seat, now=now)
            repo.change_seats_taken(event_id, +1)
        if status == SeatStatus.CONFIRMED:
            _sit(event, actor.user_id)
        return _state(seat)


def _release(event: EventView, *, now: datetime) -> None:
    """A held seat came free: offer it to the first on the waitlist, or give it back."""
    nxt = repo.first_waitlisted(event.id) if event.status == EventStatus.PUBLISHED and now < event.start else None
    if nxt is None:
        repo.change_seats_taken(event.id, -1)
        return
    expires = rules.offer_expiry(now=now, offer_window=offer_window(), start=event.start)
    repo.set_seat(nxt.id, at=now, status=SeatStatus.OFFERED, offer_expires_at=expires)
    notify(
        user_id=nxt.person_id,
        # One notification per offer: the seat row and when it was offered name it.
        key=f"event-seat-offered:{nxt.id}",
        kind=NotificationKind.EVENTS,
        title=f"A seat is free: {event.title[:80]}",
        body=f"It is yours if you take it before {expires:%Y-%m-%d %H:%M} UTC.",
        data={"event_id": str(event.id), "offer_expires_at": expires.isoformat()},
    )


def seat_cancel(*, actor: Actor, event_id: int, now: datetime) -> SeatState:
    """Give up one's seat, offer or waitlist place (until the event starts)."""
    with transaction.atomic():
        event = repo.get(event_id, lock=True)
        seat = repo.active_seat(event_id, actor.user_id) if event else None
        if event is None or seat is None:
            raise NotFound("You have no place at this event.")
        if now >= event.start:
            raise RuleViolated("This event has started.", code="event_started")
        cancelled = repo.set_seat(seat.id, at=now, status=SeatStatus.CANCELLED, offer_expires_at=None)
        seat_money.give_up(event, seat, full=rules.cancellation_gives_back(start=event.start, now=now), now=now)
        if seat.status in HOLDING:
            _release(event, now=now)
        if seat.status == SeatStatus.CONFIRMED:
            _stand_up(event, actor.user_id)
        return SeatState(cancelled, None)


def offer_accept(*, actor: Actor, event_id: int, now: datetime) -> SeatState:
    with transaction.atomic():
        event = repo.get(event_id, lock=True)
        seat = repo.active_seat(event_id, actor.user_id) if event else None
        if event is None or seat is None:
            raise NotFound("You have no place at this event.")
        if seat.status != SeatStatus.OFFERED:
            raise Conflict(f"Your place is {seat.status.value}: there is no offer.", code="no_offer")
        assert seat.offer_expires_at is not None
        if seat.offer_expires_at <= now:
            raise Conflict("The offer has expired.", code="offer_expired")
        target = SeatStatus.PENDING_PAYMENT if event.price_minor > 0 else SeatStatus.CONFIRMED
        taken = repo.set_seat(seat.id, at=now, status=target, offer_expires_at=None)
        seat_money.take(event, taken, now=now)
        if target == SeatStatus.CONFIRMED:
            _sit(event, actor.user_id)
        return SeatState(taken, None)


def on_payment_settled(*, seat_id: int, succeeded: bool, now: datetime) -> None:
    """Billing settled a seat's payment: confirm the seat (and open the group chat to its holder),
    or free it for the next in line. Idempotent: only a seat still pending payment moves."""
    seat = repo.seat(seat_id)
    if seat is None:
        return
    with transaction.atomic():
        event = repo.get(seat.event_id, lock=True)
        seat = repo.seat(seat_id)
        if event is None or seat is None or seat.status != SeatStatus.PENDING_PAYMENT:
            return
        if succeeded:
            repo.set_seat(seat_id, at=now, status=SeatStatus.CONFIRMED)
            _sit(event, seat.person_id)
        else:
            repo.set_seat(seat_id, at=now, status=SeatStatus.CANCELLED)
            _release(event, now=now)


def seat_payment_intent(*, actor: Actor, event_id: int) -> IntentView:
    """The caller's PaymentIntent for their seat pending payment."""
    seat = repo.active_seat(event_id, actor.user_id)
    if seat is None:
        raise NotFound("You have no place at this event.")
    if seat.status != SeatStatus.PENDING_PAYMENT:
        raise Conflict(f"Your place is {seat.status.value}: nothing to pay.", code="payment_not_open")
    return premium_seat_intent(actor=actor, seat_id=seat.id)


def offers_expire_due(*, clock: Clock) -> int:
    """Offers past their time lapse and move on to the next in line (beat task; idempotent: an
    offer lapses once, under the event's lock)."""
    now = clock.now()
    lapsed = 0
    for event_id in repo.events_with_expired_offers(now=now):
        with transaction.atomic():
            event = repo.get(event_id, lock=True)
            if event is None:
                continue
            for seat in repo.expired_offers_of(event_id, now=now):
                repo.set_seat(seat.id, at=now, status=SeatStatus.EXPIRED, offer_expires_at=None)
                _release(event, now=now)
                lapsed += 1
    return lapsed


def my_seats(*, actor: Actor, page: PageRequest) -> Page[tuple[SeatState, EventView]]:
    pairs, total = repo.seats_of_person(actor.user_id, limit=page.limit, offset=page.offset)
    return Page([(_state(seat), event) for seat, event in pairs], total, page.limit, page.offset)


def my_seat(*, actor: Actor, event_id: int) -> SeatState:
    seat = repo.active_seat(event_id, actor.user_id)
    if seat is None:
        raise NotFound("You have no place at this event.")
    return _state(seat)


def event_join(*, actor: Actor, event_id: int, blocks: ContactBlocks, rtc: RtcTokenIssuer, now: datetime) -> JoinInfo:
    """Hosts and confirmed seat holders join from 10 minutes before the start until the end
    (the sessions' rule); voice and video get an RTC token for the event's channel."""
    event = visible(actor, event_id, blocks=blocks)
    if actor.user_id not in event.host_ids:
        seat = repo.active_seat(event_id, actor.user_id)
        if seat is None or seat.status != SeatStatus.CONFIRMED:
            raise PermissionDenied("Only hosts and people with a confirmed seat join.", code="seat_required")
    if event.status != EventStatus.PUBLISHED:
        raise RuleViolated(f"This event is {event.status.value}.", code="event_not_joinable")
    if not join_window_open(start=event.start, end=event.end, now=now):
        raise RuleViolated(
            f"You can join from {int(JOIN_EARLY.total_seconds() // 60)} minutes before the start until the end.",
            code="join_window_closed",
            extra={"opens_at": (event.start - JOIN_EARLY).isoformat(), "ends_at": event.end.isoformat()},
        )
    token = None
    if event.session_type in (SessionType.VOICE, SessionType.VIDEO):
        token = rtc.issue_token(
            channel=rules.rtc_channel(event.id),
            uid=actor.user_id,
            role=RtcRole.PUBLISHER,
            expires_at=event.end + TOKEN_GRACE,
        )
    return JoinInfo(event, event.conversation_id, token)


def attendees(*, actor: Actor, event_id: int, blocks: ContactBlocks, page: PageRequest) -> Page[Attendee]:
    manageable(actor, event_id, blocks=blocks)
    seats, total = repo.attendees(event_id, limit=page.limit, offset=page.offset)
    names = display_names([s.person_id for s in seats])
    positions = repo.waitlist_positions(event_id, [s.id for s in seats if s.status == SeatStatus.WAITLISTED])
    items = [Attendee(s, names.get(s.person_id, ""), positions.get(s.id)) for s in seats]
    return Page(items, total, page.limit, page.offset)


def no_show_mark(*, actor: Actor, event_id: int, seat_id: int, blocks: ContactBlocks, now: datetime) -> Attendee:
    """A host records that a confirmed seat holder did not come (once the event has started)."""
    with transaction.atomic():
        event = manageable(actor, event_id, blocks=blocks, lock=True)
        if actor.user_id not in event.host_ids:
            raise PermissionDenied("Only the event's hosts mark no-shows.", code="hosts_only")
        rules.check_event_no_show_open(status=event.status, start=event.start, now=now)
        seat = repo.seat(seat_id)
        if seat is None or seat.event_id != event_id:
            raise NotFound("No such seat at this event.")
        rules.check_no_show_reportable(status=event.status, seat=seat.status, start=event.start, now=now)
        if not seat.no_show:
            seat = repo.set_seat(seat.id, at=now, no_show=True)
    return Attendee(seat, display_names([seat.person_id]).get(seat.person_id, ""), None)


def seats_release_for_departure(*, person_id: int, now: datetime) -> int:
    """A leaving (erased) person's places at upcoming events are given up, as if they cancelled."""
    released = 0
    for event_id in repo.event_ids_with_active_seat_of(person_id):
        with transaction.atomic():
            event = repo.get(event_id, lock=True)
            seat = repo.active_seat(event_id, person_id)
            if event is None or seat is None or now >= event.start:
                continue
            repo.set_seat(seat.id, at=now, status=SeatStatus.CANCELLED, offer_expires_at=None)
            seat_money.give_up(event, seat, full=True, now=now)
            if seat.status in HOLDING:
                _release(event, now=now)
            released += 1
    return released
