"""What a seat costs and gives back, through billing's public surface (inside the seat's transaction).

- Included-in-plan events: a confirmed seat takes one included session, like a booking.
- Paid events: a seat waits in `pending_payment` for a one-off payment, like a premium session;
  billing announces the outcome (`EventSeatPaymentSettled`) and the seat is confirmed or freed.
- Giving a place up 24 hours or more before the start, or the hosts cancelling, gives everything
  back (the included session, or a full refund); later, a paid or used seat is spent.
"""

from __future__ import annotations

from datetime import datetime

from core.errors import RuleViolated
from modules.billing.public import (
    booking_entitlement,
    included_event_seat_consume,
    included_event_seat_return,
    premium_open_for_seat,
    premium_seat_drop_unpaid,
    premium_seat_give_back,
)
from modules.group_events.domain.events import SeatStatus
from modules.group_events.repositories.events import EventView, SeatView


def take(event: EventView, seat: SeatView, *, now: datetime) -> None:
    """The seat just became confirmed (included) or pending payment (paid)."""
    if event.included_in_plan and seat.status == SeatStatus.CONFIRMED:
        included_event_seat_consume(
            user_id=seat.person_id, seat_id=seat.id, session_type=event.session_type, starts_at=event.start, now=now
        )
    elif event.price_minor > 0 and seat.status == SeatStatus.PENDING_PAYMENT:
        premium_open_for_seat(
            seat_id=seat.id, user_id=seat.person_id, host_id=event.host_ids[0], amount_minor=event.price_minor,
            currency=event.currency, now=now,
        )  # fmt: skip


def give_up(event: EventView, seat: SeatView, *, full: bool, now: datetime) -> None:
    """The seat (as it was before) is given up; `full`: everything it took comes back."""
    if event.included_in_plan and seat.status == SeatStatus.CONFIRMED and full:
        included_event_seat_return(seat_id=seat.id, now=now)
    elif event.price_minor > 0 and seat.status in (SeatStatus.CONFIRMED, SeatStatus.PENDING_PAYMENT):
        if full:
            premium_seat_give_back(seat_id=seat.id, now=now)
        else:
            premium_seat_drop_unpaid(seat_id=seat.id, now=now)


def check_may_wait(person_id: int, event: EventView, *, now: datetime) -> None:
    """Waiting for an included-in-plan event is pointless without a plan that would cover the seat."""
    if event.included_in_plan:
        decision = booking_entitlement(
            user_id=person_id, session_type=event.session_type, starts_at=event.start, now=now
        )
        if not decision.allowed:
            raise RuleViolated(
                "Your plan does not cover this event.",
                code="not_entitled",
                extra={"entitlement": decision.reason, "premium_available": False},
            )
