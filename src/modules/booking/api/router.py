"""/api/sessions: friends' availability, free slots, booking."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from core.errors import FieldProblem, InvalidInput
from kit.api import Id, PageQuery, page_out
from kit.fields import AwareDatetime, Timezone, param_int
from modules.accounts.public import actor_of, display_names
from modules.booking import dependencies
from modules.booking.api.schemas import (
    AvailabilityIn,
    AvailabilityOut,
    BookingIn,
    CancelIn,
    ExceptionIn,
    JoinOut,
    NoShowIn,
    RescheduleIn,
    RtcOut,
    SessionDetailOut,
    SessionListItem,
    SessionOut,
    SessionPage,
    SlotOut,
    TransitionOut,
    WeeklyWindowIn,
)
from modules.booking.domain.availability import AvailabilityRules, DatedException, ExceptionKind, WeeklyWindow
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import SessionStatus
from modules.booking.services import booking as services
from modules.booking.services import joining, lifecycle, queries
from modules.booking.services.lifecycle import SessionView

router = Router(tags=["sessions"])


def _zone(name: str, field: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except Exception as exc:
        raise InvalidInput("Unknown timezone", errors=[FieldProblem(("query", field), "must be an IANA name")]) from exc


@router.put(
    "/availability",
    response={204: None},
    summary="Publish my weekly hours and exceptions (friends)",
    operation_id="sessions_availability_set",
    openapi_extra=error_responses(403),
)
def availability_put(request: HttpRequest, payload: AvailabilityIn):
    """Friends only: replace their weekly hours, dated exceptions, notice and buffer. Booked sessions are
    kept.
    """
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


@router.get(
    "/availability",
    response=AvailabilityOut,
    summary="My weekly hours and exceptions (friends)",
    operation_id="sessions_availability_get",
    openapi_extra=error_responses(403),
)
def availability_get(request: HttpRequest):
    """Friends only: their own weekly hours and exceptions (empty hours in their timezone before the first publish).
    Changes nothing.
    """
    rules = services.availability_get(actor=actor_of(request))
    return AvailabilityOut(
        timezone=rules.timezone,
        weekly=[
            WeeklyWindowIn(weekday=w.weekday, start_minute=w.start_minute, end_minute=w.end_minute)
            for w in rules.weekly
        ],
        exceptions=[
            ExceptionIn(on=e.on, kind=e.kind.value, start_minute=e.start_minute, end_minute=e.end_minute)
            for e in rules.exceptions
        ],
        min_notice_minutes=int(rules.min_notice.total_seconds() // 60),
        buffer_minutes=int(rules.buffer.total_seconds() // 60),
    )


class SlotQuery(Schema):
    start: AwareDatetime
    end: AwareDatetime
    duration_minutes: param_int(ge=1, le=24 * 60) | None = None
    tz: Timezone = Field(default="UTC", description="IANA timezone for the *_local fields")


@router.get(
    "/friends/{friend_id}/slots",
    response=list[SlotOut],
    summary="Free slots of a friend",
    operation_id="sessions_slots_list",
    openapi_extra=error_responses(404),
)
def slots(request: HttpRequest, friend_id: Id, query: Query[SlotQuery]):
    """Any signed-in account: a friend's free slots between `start` and `end`, in UTC and in `tz`. Changes
    nothing.
    """
    zone = _zone(query.tz, "tz")
    if query.end <= query.start:
        raise InvalidInput(
            "'end' must be after 'start'.", errors=[FieldProblem(("query", "end"), "must be after start")]
        )
    found = services.free_slots(
        viewer_id=actor_of(request).user_id,
        friend_id=friend_id,
        window=Interval(query.start, query.end),
        duration_minutes=query.duration_minutes,
        clock=dependencies.clock(),
        blocks=dependencies.contact_blocks(),
    )
    return [
        SlotOut(start=s.start, end=s.end, start_local=s.start.astimezone(zone), end_local=s.end.astimezone(zone))
        for s in found
    ]


@router.post(
    "",
    response={201: SessionOut},
    summary="Book a session",
    operation_id="sessions_book",
    openapi_extra=error_responses(404, 409),
)
def book(request: HttpRequest, payload: BookingIn):
    """Any signed-in account books a session with a friend: 201 with the session (status `pending_payment` when it must
    be paid per session). 409 when the time was taken meanwhile; 422 with a rule code when the plan, the friend's
    hours or capacity refuse it.
    """
    session = services.book_session(
        actor=actor_of(request),
        request=services.BookingRequest(
            friend_id=payload.friend_id,
            session_type=payload.session_type.value,
            start=payload.start,
            duration_minutes=payload.duration_minutes,
            pay_per_session=payload.pay_per_session,
        ),
        clock=dependencies.clock(),
    )
    return Status(201, session)


class SessionListQuery(PageQuery):
    role: Literal["user", "friend"] = Field(
        default="user", description="'user': sessions I booked; 'friend': my calendar as a friend"
    )
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None
    when: Literal["all", "upcoming", "past"] = Field(
        default="all",
        description="'upcoming': still to come or happening (booked, pending payment, in progress, before its end);"
        " 'past': everything else (over, ended early, cancelled, no-show). Each session is in exactly one.",
    )
    status: list[SessionStatus] | None = None


@router.get(
    "",
    response=SessionPage,
    summary="My sessions: history and upcoming, or my calendar as a friend",
    operation_id="sessions_list",
    openapi_extra=error_responses(403),
)
def session_list(request: HttpRequest, query: Query[SessionListQuery]):
    """Any signed-in account: sessions it booked (role=user) or, for friends, its calendar (role=friend). Only the
    caller's own sessions. Changes nothing.
    """
    page = queries.sessions_list(
        actor=actor_of(request),
        as_friend=query.role == "friend",
        start=query.start,
        end=query.end,
        statuses=query.status,
        when=None if query.when == "all" else query.when,
        page=query.page_request(),
        now=dependencies.clock().now(),
    )
    return page_out(
        SessionPage, page, lambda i: SessionListItem(**asdict(i.session), counterpart_name=i.counterpart_name)
    )


def _detail(session: SessionView, viewer_id: int) -> SessionDetailOut:
    other = session.friend_id if viewer_id == session.user_id else session.user_id
    return SessionDetailOut(
        **asdict(session),
        counterpart_name=display_names([other]).get(other, ""),
        transitions=[TransitionOut(**asdict(t)) for t in queries.session_history(session.id)],
        recording=dependencies.session_recordings().state_of(session.id),
    )


@router.get(
    "/{session_id}",
    response=SessionDetailOut,
    summary="One of my sessions, with its history",
    operation_id="sessions_get",
    openapi_extra=error_responses(404),
)
def session_detail(request: HttpRequest, session_id: Id):
    """The session's two participants (and staff): one session with its history. Anyone else gets 404.
    Changes nothing.
    """
    actor = actor_of(request)
    session, _ = lifecycle.session_for(actor, session_id)
    return _detail(session, actor.user_id)


@router.post(
    "/{session_id}/cancel",
    response=SessionDetailOut,
    summary="Cancel a session",
    operation_id="sessions_cancel",
    openapi_extra=error_responses(404, 409),
)
def session_cancel(request: HttpRequest, session_id: Id, payload: CancelIn):
    """A participant (or staff) cancels a session; users only up to the friend's notice period before the start.
    Friends may cancel at any time.
    """
    actor = actor_of(request)
    session = lifecycle.session_cancel(
        actor=actor, session_id=session_id, reason=payload.reason, clock=dependencies.clock()
    )
    return _detail(session, actor.user_id)


@router.post(
    "/{session_id}/reschedule",
    response=SessionDetailOut,
    summary="Move a session to another time",
    operation_id="sessions_reschedule",
    openapi_extra=error_responses(404, 409),
)
def session_reschedule(request: HttpRequest, session_id: Id, payload: RescheduleIn):
    """A participant moves a session to a free time of the same friend, within the notice period rules."""
    actor = actor_of(request)
    session = lifecycle.session_reschedule(
        actor=actor,
        session_id=session_id,
        new_start=payload.start,
        duration_minutes=payload.duration_minutes,
        reason=payload.reason,
        clock=dependencies.clock(),
    )
    return _detail(session, actor.user_id)


@router.post(
    "/{session_id}/no-show",
    response=SessionDetailOut,
    summary="Report that the other side did not come",
    operation_id="sessions_no_show",
    openapi_extra=error_responses(404, 409),
)
def session_no_show(request: HttpRequest, session_id: Id, payload: NoShowIn):
    """A participant reports that the other side did not come, after the start."""
    actor = actor_of(request)
    session = lifecycle.session_report_no_show(
        actor=actor, session_id=session_id, reason=payload.reason, clock=dependencies.clock()
    )
    return _detail(session, actor.user_id)


@router.post(
    "/{session_id}/complete",
    response=SessionDetailOut,
    summary="End a session in progress",
    operation_id="sessions_complete",
    openapi_extra=error_responses(404, 409),
)
def session_complete(request: HttpRequest, session_id: Id):
    """A participant ends a session in progress; it becomes `completed`."""
    actor = actor_of(request)
    session = lifecycle.session_complete(actor=actor, session_id=session_id, clock=dependencies.clock())
    return _detail(session, actor.user_id)


@router.post(
    "/{session_id}/join",
    response=JoinOut,
    summary="Join a session (participants, from 10 minutes before)",
    operation_id="sessions_join",
    openapi_extra=error_responses(404),
)
def session_join(request: HttpRequest, session_id: Id):
    """A participant joins from 10 minutes before the start: the call credentials and the chat conversation
    id. The first join after the start marks the session in progress.
    """
    info = joining.session_join(
        actor=actor_of(request), session_id=session_id, clock=dependencies.clock(), rtc=dependencies.rtc()
    )
    rtc = None
    if info.rtc:
        rtc = RtcOut(
            app_id=info.rtc.app_id,
            channel=info.rtc.channel,
            uid=info.rtc.uid,
            token=info.rtc.token,
            expires_at=info.rtc.expires_at,
        )
    return JoinOut(session=SessionOut(**asdict(info.session)), rtc=rtc, conversation_id=info.conversation_id)
