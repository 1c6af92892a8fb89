"""/api/sessions: friends' availability, free slots, booking."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import AwareDatetime, Field

from core.errors import FieldProblem, InvalidInput, NotFound
from modules.accounts.public import actor_of
from modules.booking import dependencies
from modules.booking.api.schemas import AvailabilityIn, BookingIn, SessionOut, SlotOut
from modules.booking.domain.availability import AvailabilityRules, DatedException, ExceptionKind, WeeklyWindow
from modules.booking.domain.intervals import Interval
from modules.booking.repositories import sessions as repo
from modules.booking.services import booking as services

router = Router(tags=["sessions"])


def _zone(name: str, field: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except Exception as exc:
        raise InvalidInput("Unknown timezone", errors=[FieldProblem(("query", field), "must be an IANA name")]) from exc


@router.put("/availability", response={204: None}, summary="Publish my weekly hours and exceptions (friends)")
def availability_put(request: HttpRequest, payload: AvailabilityIn):
    _zone(payload.timezone, "timezone")
    rules = AvailabilityRules(
        timezone=payload.timezone,
        weekly=tuple(WeeklyWindow(w.weekday, w.start_minute, w.end_minute) for w in payload.weekly),
        exceptions=tuple(
            DatedException(e.on, ExceptionKind(e.kind), e.start_minute, e.end_minute) for e in payload.exceptions
        ),
        min_notice=timedelta(minutes=payload.min_notice_minutes),
        buffer=timedelta(minutes=payload.buffer_minutes),
    )
    services.availability_set(actor=actor_of(request), rules=rules)
    return Status(204, None)


class SlotQuery(Schema):
    start: AwareDatetime
    end: AwareDatetime
    duration_minutes: int | None = Field(default=None, ge=1, le=24 * 60)
    tz: str = Field(default="UTC", max_length=64, description="IANA timezone for the *_local fields")


@router.get("/friends/{friend_id}/slots", response=list[SlotOut], summary="Free slots of a friend")
def slots(request: HttpRequest, friend_id: int, query: Query[SlotQuery]):
    zone = _zone(query.tz, "tz")
    if query.end <= query.start:
        raise InvalidInput(
            "'end' must be after 'start'.", errors=[FieldProblem(("query", "end"), "must be after start")]
        )
    if friend_id > 2**63 - 1:
        raise NotFound("No such friend.")
    found = services.free_slots(
        friend_id=friend_id,
        window=Interval(query.start, query.end),
        duration_minutes=query.duration_minutes,
        clock=dependencies.clock(),
    )
    return [
        SlotOut(start=s.start, end=s.end, start_local=s.start.astimezone(zone), end_local=s.end.astimezone(zone))
        for s in found
    ]


@router.post("", response={201: SessionOut}, summary="Book a session")
def book(request: HttpRequest, payload: BookingIn):
    session = services.book_session(
        actor=actor_of(request),
        request=services.BookingRequest(
            friend_id=payload.friend_id,
            session_type=payload.session_type.value,
            start=payload.start,
            duration_minutes=payload.duration_minutes,
        ),
        clock=dependencies.clock(),
    )
    return Status(201, session)


@router.get("/{session_id}", response=SessionOut, summary="One of my sessions")
def session_detail(request: HttpRequest, session_id: int):
    actor = actor_of(request)
    session = repo.get_session(session_id) if session_id <= 2**63 - 1 else None
    # Someone else's session is indistinguishable from a missing one.
    if session is None or actor.user_id not in (session.user_id, session.friend_id):
        raise NotFound("No such session.")
    return session
