"""All ORM access of group events: events, hosts, seats. Returns frozen views, never QuerySets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from django.db.models import F, Q

from kit.export import label, rows
from modules.group_events.domain.events import ACTIVE, HOLDING, EventStatus, SeatStatus, SessionType
from modules.group_events.models import Event, EventHost, Seat

_ACTIVE = sorted(s.value for s in ACTIVE)


@dataclass(frozen=True)
class EventView:
    id: int
    title: str
    description: str
    created_by_id: int
    status: EventStatus
    session_type: SessionType
    start: datetime
    end: datetime
    timezone: str
    capacity: int
    seats_taken: int
    price_minor: int
    currency: str
    included_in_plan: bool
    cover_key: str
    conversation_id: int | None
    cancel_reason: str
    created_at: datetime
    updated_at: datetime
    host_ids: tuple[int, ...] = ()

    @property
    def seats_left(self) -> int:
        return self.capacity - self.seats_taken


@dataclass(frozen=True)
class SeatView:
    id: int
    event_id: int
    person_id: int
    status: SeatStatus
    offer_expires_at: datetime | None
    no_show: bool
    created_at: datetime
    updated_at: datetime


def _event(e: Event, host_ids: Iterable[int] = ()) -> EventView:
    return EventView(
        e.pk, e.title, e.description, e.created_by_id, EventStatus(e.status), SessionType(e.session_type), e.start,
        e.end, e.timezone, e.capacity, e.seats_taken, e.price_minor, e.currency, e.included_in_plan, e.cover_key,
        e.conversation_id, e.cancel_reason, e.created_at, e.updated_at, tuple(sorted(host_ids)),
    )  # fmt: skip


def _seat(s: Seat) -> SeatView:
    return SeatView(
        s.pk, s.event_id, s.person_id, SeatStatus(s.status), s.offer_expires_at, s.no_show, s.created_at, s.updated_at
    )


# --- events ---------------------------------------------------------------------------------
def create(*, host_ids: Iterable[int], at: datetime, **fields: object) -> EventView:
    event = Event.objects.create(created_at=at, updated_at=at, **fields)
    hosts = sorted(set(host_ids))
    EventHost.objects.bulk_create([EventHost(event=event, host_id=h) for h in hosts])
    return _event(event, hosts)


def get(event_id: int, *, lock: bool = False) -> EventView | None:
    qs = Event.objects.filter(pk=event_id)
    if lock:
        qs = qs.select_for_update()
    event = qs.first()
    if event is None:
        return None
    return _event(event, EventHost.objects.filter(event_id=event_id).values_list("host_id", flat=True))


def update(event_id: int, *, at: datetime, **changes: object) -> None:
    Event.objects.filter(pk=event_id).update(updated_at=at, **changes)


def set_hosts(event_id: int, host_ids: Iterable[int]) -> None:
    wanted = set(host_ids)
    EventHost.objects.filter(event_id=event_id).exclude(host_id__in=wanted).delete()
    EventHost.objects.bulk_create([EventHost(event_id=event_id, host_id=h) for h in wanted], ignore_conflicts=True)


def change_seats_taken(event_id: int, delta: int) -> None:
    """Under the event's lock. The CHECK constraint refuses a count beyond capacity (IntegrityError)."""
    Event.objects.filter(pk=event_id).update(seats_taken=F("seats_taken") + delta)


def _with_hosts(events: list[Event]) -> list[EventView]:
    hosts: dict[int, list[int]] = defaultdict(list)
    for event_id, host_id in EventHost.objects.filter(event_id__in=[e.pk for e in events]).values_list(
        "event_id", "host_id"
    ):
        hosts[event_id].append(host_id)
    return [_event(e, hosts[e.pk]) for e in events]


def browse(
    *,
    now: datetime,
    session_type: str | None,
    host_id: int | None,
    starts_after: datetime | None,
    starts_before: datetime | None,
    free_seats: bool,
    hidden_host_ids: Iterable[int],
    limit: int,
    offset: int,
) -> tuple[list[EventView], int]:
    qs = Event.objects.filter(status=EventStatus.PUBLISHED, start__gt=now)
    if session_type:
        qs = qs.filter(session_type=session_type)
    if host_id is not None:
        qs = qs.filter(pk__in=EventHost.objects.filter(host_id=host_id).values("event_id"))
    if starts_after is not None:
        qs = qs.filter(start__gte=starts_after)
    if starts_before is not None:
        qs = qs.filter(start__lt=starts_before)
    if free_seats:
        qs = qs.filter(seats_taken__lt=F("capacity"))
    hidden = list(hidden_host_ids)
    if hidden:
        qs = qs.exclude(pk__in=EventHost.objects.filter(host_id__in=hidden).values("event_id"))
    page = list(qs.order_by("start", "pk")[offset : offset + limit])
    return _with_hosts(page), qs.count()


def hosted_by(host_id: int, *, limit: int, offset: int) -> tuple[list[EventView], int]:
    qs = Event.objects.filter(pk__in=EventHost.objects.filter(host_id=host_id).values("event_id"))
    page = list(qs.order_by("-start", "-pk")[offset : offset + limit])
    return _with_hosts(page), qs.count()


def due_completion(*, now: datetime) -> list[int]:
    return list(Event.objects.filter(status=EventStatus.PUBLISHED, end__lte=now).values_list("pk", flat=True)[:500])


# --- seats ----------------------------------------------------------------------------------
def active_seat(event_id: int, person_id: int) -> SeatView | None:
    seat = Seat.objects.filter(event_id=event_id, person_id=person_id, status__in=_ACTIVE).first()
    return _seat(seat) if seat else None


def seat(seat_id: int) -> SeatView | None:
    s = Seat.objects.filter(pk=seat_id).first()
    return _seat(s) if s else None


def my_seat_statuses(person_id: int, event_ids: Iterable[int]) -> dict[int, SeatView]:
    qs = Seat.objects.filter(person_id=person_id, event_id__in=list(event_ids), status__in=_ACTIVE)
    return {s.event_id: _seat(s) for s in qs}


def waitlist_positions(event_id: int, seat_ids: Iterable[int]) -> dict[int, int]:
    """1-based places in the waitlist of the given waitlisted seats."""
    waiting = list(
        Seat.objects.filter(event_id=event_id, status=SeatStatus.WAITLISTED).order_by("pk").values_list("pk", flat=True)
    )
    wanted = set(seat_ids)
    return {sid: i for i, sid in enumerate(waiting, start=1) if sid in wanted}


def add_seat(
    *, event_id: int, person_id: int, status: SeatStatus, at: datetime, offer_expires_at: datetime | None = None
) -> SeatView:
    s = Seat.objects.create(
        event_id=event_id, person_id=person_id, status=status, offer_expires_at=offer_expires_at,
        created_at=at, updated_at=at,
    )  # fmt: skip
    return _seat(s)


def set_seat(seat_id: int, *, at: datetime, **changes: object) -> SeatView:
    Seat.objects.filter(pk=seat_id).update(updated_at=at, **changes)
    s = Seat.objects.get(pk=seat_id)
    return _seat(s)


def first_waitlisted(event_id: int) -> SeatView | None:
    s = Seat.objects.filter(event_id=event_id, status=SeatStatus.WAITLISTED).order_by("pk").first()
    return _seat(s) if s else None


def active_seats_of_event(event_id: int) -> list[SeatView]:
    return [_seat(s) for s in Seat.objects.filter(event_id=event_id, status__in=_ACTIVE).order_by("pk")]


def attendees(event_id: int, *, limit: int, offset: int) -> tuple[list[SeatView], int]:
    # Seated first, then the waitlist in its order.
    qs = Seat.objects.filter(event_id=event_id, status__in=_ACTIVE)
    order = ["-is_holding", "pk"]
    qs = qs.annotate(is_holding=Q(status__in=sorted(s.value for s in HOLDING)))
    return [_seat(s) for s in qs.order_by(*order)[offset : offset + limit]], qs.count()


def events_with_expired_offers(*, now: datetime) -> list[int]:
    return list(
        Seat.objects.filter(status=SeatStatus.OFFERED, offer_expires_at__lte=now)
        .values_list("event_id", flat=True)
        .distinct()[:500]
    )


def expired_offers_of(event_id: int, *, now: datetime) -> list[SeatView]:
    qs = Seat.objects.filter(event_id=event_id, status=SeatStatus.OFFERED, offer_expires_at__lte=now).order_by("pk")
    return [_seat(s) for s in qs]


def seats_of_person(person_id: int, *, limit: int, offset: int) -> tuple[list[tuple[SeatView, EventView]], int]:
    qs = Seat.objects.filter(person_id=person_id, status__in=_ACTIVE).select_related("event")
    page = list(qs.order_by("event__start", "pk")[offset : offset + limit])
    events = {e.id: e for e in _with_hosts([s.event for s in page])}
    return [(_seat(s), events[s.event_id]) for s in page], qs.count()


def seat_counts(event_id: int) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for status in Seat.objects.filter(event_id=event_id).values_list("status", flat=True):
        out[status] += 1
    return dict(out)


def event_ids_with_active_seat_of(person_id: int) -> list[int]:
    return list(
        Seat.objects.filter(person_id=person_id, status__in=_ACTIVE, event__status=EventStatus.PUBLISHED).values_list(
            "event_id", flat=True
        )
    )


def event_ids_hosted_by(host_id: int, *, statuses: Iterable[str]) -> list[int]:
    return list(
        EventHost.objects.filter(host_id=host_id, event__status__in=list(statuses)).values_list("event_id", flat=True)
    )


# --- personal data --------------------------------------------------------------------------
def export_of(user_id: int) -> dict[str, list[dict[str, object]]]:
    return {
        label(Event): rows(Event.objects.filter(Q(created_by_id=user_id) | Q(hosts__host_id=user_id)).distinct()),
        label(EventHost): rows(EventHost.objects.filter(host_id=user_id)),
        label(Seat): rows(Seat.objects.filter(person_id=user_id)),
    }


def with_host_ids(view: EventView, host_ids: Iterable[int]) -> EventView:
    return replace(view, host_ids=tuple(sorted(host_ids)))
