"""All ORM access for availability and sessions; returns domain objects / frozen views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from django.db import IntegrityError, transaction
from django.db.models import Q

from core.errors import Conflict
from modules.booking.domain.availability import AvailabilityRules, DatedException, ExceptionKind, WeeklyWindow
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import HOLDING_STATUSES, SessionStatus
from modules.booking.models import AvailabilityException, FriendAvailability, Session, SessionTransition


@dataclass(frozen=True)
class SessionView:
    id: int
    user_id: int
    friend_id: int
    session_type: str
    start: datetime
    end: datetime
    status: SessionStatus
    price_minor: int
    currency: str


def _view(s: Session) -> SessionView:
    return SessionView(
        id=s.pk,
        user_id=s.user_id,
        friend_id=s.friend_id,
        session_type=s.session_type,
        start=s.start,
        end=s.end,
        status=SessionStatus(s.status),
        price_minor=s.price_minor,
        currency=s.currency,
    )


def rules_for(friend_id: int, *, lengths: tuple[int, ...], lock: bool = False) -> AvailabilityRules | None:
    """The friend's rules. With `lock`, the friend's availability row is locked (FOR UPDATE) so
    that bookings of one friend are serialised on PostgreSQL."""
    qs = FriendAvailability.objects.filter(friend_id=friend_id)
    if lock:
        qs = qs.select_for_update()
    row = qs.first()
    if row is None:
        return None
    exceptions = AvailabilityException.objects.filter(friend_id=friend_id)
    return AvailabilityRules(
        timezone=row.timezone,
        weekly=tuple(WeeklyWindow(w["weekday"], w["start_minute"], w["end_minute"]) for w in row.weekly),
        exceptions=tuple(DatedException(e.on, ExceptionKind(e.kind), e.start_minute, e.end_minute) for e in exceptions),
        min_notice=timedelta(minutes=row.min_notice_minutes),
        buffer=timedelta(minutes=row.buffer_minutes),
        lengths_minutes=lengths,
    )


def save_rules(friend_id: int, rules: AvailabilityRules) -> None:
    with transaction.atomic():
        FriendAvailability.objects.update_or_create(
            friend_id=friend_id,
            defaults={
                "timezone": rules.timezone,
                "weekly": [
                    {"weekday": w.weekday, "start_minute": w.start_minute, "end_minute": w.end_minute}
                    for w in rules.weekly
                ],
                "min_notice_minutes": int(rules.min_notice.total_seconds() // 60),
                "buffer_minutes": int(rules.buffer.total_seconds() // 60),
            },
        )
        AvailabilityException.objects.filter(friend_id=friend_id).delete()
        AvailabilityException.objects.bulk_create(
            AvailabilityException(
                friend_id=friend_id, on=e.on, kind=e.kind.value, start_minute=e.start_minute, end_minute=e.end_minute
            )
            for e in rules.exceptions
        )


def busy_intervals(*, friend_id: int | None = None, user_id: int | None = None, window: Interval) -> list[Interval]:
    qs = Session.objects.filter(
        status__in=[s.value for s in HOLDING_STATUSES], start__lt=window.end, end__gt=window.start
    )
    if friend_id is not None:
        qs = qs.filter(friend_id=friend_id)
    if user_id is not None:
        qs = qs.filter(user_id=user_id)
    return [Interval(start, end) for start, end in qs.values_list("start", "end")]


def create_session(
    *,
    user_id: int,
    friend_id: int,
    session_type: str,
    slot: Interval,
    price_minor: int,
    currency: str,
    at: datetime,
    status: SessionStatus = SessionStatus.BOOKED,
) -> SessionView:
    """Insert a booked session. An overlap caught by the database's exclusion constraint
    (a race the service-level check could not see) becomes a Conflict."""
    try:
        with transaction.atomic():
            session = Session.objects.create(
                user_id=user_id,
                friend_id=friend_id,
                session_type=session_type,
                start=slot.start,
                end=slot.end,
                price_minor=price_minor,
                currency=currency,
                status=status.value,
            )
            SessionTransition.objects.create(session=session, from_status="", to_status=status, actor_id=user_id, at=at)
    except IntegrityError as exc:
        if getattr(getattr(exc, "__cause__", None), "sqlstate", None) == "23P01":
            raise Conflict("That time is no longer free.", code="slot_taken") from exc
        raise
    return _view(session)


def has_session_of_type(*, user_id: int, friend_id: int, session_type: str) -> bool:
    return Session.objects.filter(user_id=user_id, friend_id=friend_id, session_type=session_type).exists()


def get_session(session_id: int) -> SessionView | None:
    s = Session.objects.filter(pk=session_id).first()
    return _view(s) if s else None


def lock_session(session_id: int) -> SessionView | None:
    """The session, locked for the rest of the transaction (PostgreSQL) so that two changes
    to one session (cancel vs. reschedule, double clicks) apply one after the other."""
    s = Session.objects.select_for_update().filter(pk=session_id).first()
    return _view(s) if s else None


def record_transition(
    *,
    session_id: int,
    from_status: SessionStatus,
    to_status: SessionStatus,
    actor_id: int | None,
    reason: str,
    at: datetime,
) -> SessionView:
    Session.objects.filter(pk=session_id).update(status=to_status.value)
    SessionTransition.objects.create(
        session_id=session_id,
        from_status=from_status.value,
        to_status=to_status.value,
        actor_id=actor_id,
        reason=reason,
        at=at,
    )
    view = get_session(session_id)
    assert view is not None
    return view


def move_session(*, session_id: int, slot: Interval, actor_id: int, reason: str, at: datetime) -> SessionView:
    """Move a session in one UPDATE: the old time is freed only if the new one is taken."""
    try:
        with transaction.atomic():
            Session.objects.filter(pk=session_id).update(start=slot.start, end=slot.end)
            SessionTransition.objects.create(
                session_id=session_id,
                from_status=SessionStatus.BOOKED.value,
                to_status=SessionStatus.BOOKED.value,
                actor_id=actor_id,
                reason=f"rescheduled to {slot.start.isoformat()}" + (f": {reason}" if reason else ""),
                at=at,
            )
    except IntegrityError as exc:
        if getattr(getattr(exc, "__cause__", None), "sqlstate", None) == "23P01":
            raise Conflict("That time is no longer free.", code="slot_taken") from exc
        raise
    view = get_session(session_id)
    assert view is not None
    return view


@dataclass(frozen=True)
class TransitionView:
    from_status: str
    to_status: str
    actor_id: int | None
    reason: str
    at: datetime


def transitions_of(session_id: int) -> list[TransitionView]:
    rows = SessionTransition.objects.filter(session_id=session_id).order_by("at", "pk")
    return [TransitionView(t.from_status, t.to_status, t.actor_id, t.reason, t.at) for t in rows]


def sessions_for(
    *,
    user_id: int,
    as_friend: bool,
    window: Interval | None,
    statuses: list[str] | None,
    limit: int,
    offset: int,
    newest_first: bool,
    when: Literal["upcoming", "past"] | None = None,
    now: datetime | None = None,
) -> tuple[list[SessionView], int]:
    """A person's sessions overlapping `window`. `when` splits them in two without overlap:
    upcoming sessions still hold their time and have not reached their end at `now`; every
    other session is past (ended, ended early, cancelled, no-show)."""
    field = "friend_id" if as_friend else "user_id"
    qs = Session.objects.filter(**{field: user_id})
    if window is not None:
        qs = qs.filter(start__lt=window.end, end__gt=window.start)
    if when is not None:
        if now is None:
            raise ValueError("'when' needs 'now'")
        upcoming = Q(status__in=[s.value for s in HOLDING_STATUSES], end__gt=now)
        qs = qs.filter(upcoming if when == "upcoming" else ~upcoming)
    if statuses:
        qs = qs.filter(status__in=statuses)
    qs = qs.order_by("-start" if newest_first else "start", "pk")
    total = qs.count()
    return [_view(s) for s in qs[offset : offset + limit]], total


def due_for_completion(*, now: datetime, limit: int = 500) -> list[int]:
    return list(
        Session.objects.filter(status=SessionStatus.IN_PROGRESS.value, end__lte=now)
        .order_by("end")
        .values_list("pk", flat=True)[:limit]
    )


def booked_ended_before(end: datetime, *, limit: int = 500) -> list[int]:
    return list(
        Session.objects.filter(status=SessionStatus.BOOKED.value, end__lte=end)
        .order_by("end")
        .values_list("pk", flat=True)[:limit]
    )


def booked_starting_between(lo: datetime, hi: datetime) -> list[SessionView]:
    qs = Session.objects.filter(status=SessionStatus.BOOKED.value, start__gt=lo, start__lte=hi).order_by("start")
    return [_view(s) for s in qs]


def holding_count(*, friend_id: int, window: Interval) -> int:
    """Sessions of the friend that hold time and start inside `window` (weekly capacity)."""
    return Session.objects.filter(
        friend_id=friend_id,
        status__in=[st.value for st in HOLDING_STATUSES],
        start__gte=window.start,
        start__lt=window.end,
    ).count()
