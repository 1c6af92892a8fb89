"""Read-only figures over booking's tables, for analytics (through booking.public).

A session belongs to the period its start falls in. "Booked" counts every session that was
confirmed (all but those still waiting for their premium payment); its outcome is one of
upcoming, completed, cancelled, or a no-show of one side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import connection
from django.db.models import Case, Count, DurationField, ExpressionWrapper, F, Q, Sum, Value, When
from django.db.models import CharField as CharFieldType

from kit.stats import Period, bucket_date, truncated, view_of
from modules.booking.domain.sessions import SessionStatus
from modules.booking.models import Session, SessionTransition

S = SessionStatus
UPCOMING = (S.BOOKED, S.IN_PROGRESS)
# Sessions that took (or hold) the friend's time: what utilisation and rebooking count.
HELD = (S.BOOKED, S.IN_PROGRESS, S.COMPLETED, S.NO_SHOW_USER, S.NO_SHOW_FRIEND)
LEAD_TIMES = ("under_24h", "1_to_7_days", "over_7_days")
SIDES = ("user", "friend", "staff_or_system")


@dataclass(frozen=True)
class SessionCounts:
    bucket: date
    booked: int
    upcoming: int
    completed: int
    cancelled: int
    no_show_user: int
    no_show_friend: int


@dataclass(frozen=True)
class Cancellations:
    bucket: date
    side: str  # who cancelled: the user, the friend, or staff/the system
    lead_time: str  # how long before the start: one of LEAD_TIMES
    count: int


@dataclass(frozen=True)
class CompletedMinutes:
    bucket: date
    session_type: str
    sessions: int
    minutes: int


def _confirmed(start: datetime, end: datetime):
    return Session.objects.filter(start__gte=start, start__lt=end).exclude(status=S.PENDING_PAYMENT)


def session_counts(*, start: datetime, end: datetime, period: Period) -> list[SessionCounts]:
    rows = (
        _confirmed(start, end)
        .annotate(bucket=truncated("start", period))
        .values("bucket")
        .annotate(
            booked=Count("id"),
            upcoming=Count("id", filter=Q(status__in=UPCOMING)),
            completed=Count("id", filter=Q(status=S.COMPLETED)),
            cancelled=Count("id", filter=Q(status=S.CANCELLED)),
            no_show_user=Count("id", filter=Q(status=S.NO_SHOW_USER)),
            no_show_friend=Count("id", filter=Q(status=S.NO_SHOW_FRIEND)),
        )
        .order_by("bucket")
    )
    return [
        SessionCounts(
            bucket_date(r["bucket"]),
            r["booked"],
            r["upcoming"],
            r["completed"],
            r["cancelled"],
            r["no_show_user"],
            r["no_show_friend"],
        )
        for r in rows
    ]


def cancellations(*, start: datetime, end: datetime, period: Period) -> list[Cancellations]:
    """Cancelled sessions starting in [start, end), by who cancelled and how long before the start."""
    rows = (
        SessionTransition.objects.filter(
            to_status=S.CANCELLED, session__start__gte=start, session__start__lt=end, session__status=S.CANCELLED
        )
        .annotate(
            bucket=truncated("session__start", period),
            side=Case(
                When(actor_id=F("session__user_id"), then=Value("user")),
                When(actor_id=F("session__friend_id"), then=Value("friend")),
                default=Value("staff_or_system"),
                output_field=CharFieldType(),
            ),
            lead_time=Case(
                When(session__start__lt=F("at") + timedelta(hours=24), then=Value("under_24h")),
                When(session__start__lt=F("at") + timedelta(days=7), then=Value("1_to_7_days")),
                default=Value("over_7_days"),
                output_field=CharFieldType(),
            ),
        )
        .values("bucket", "side", "lead_time")
        .annotate(n=Count("session_id", distinct=True))
        .order_by("bucket", "side", "lead_time")
    )
    return [Cancellations(bucket_date(r["bucket"]), r["side"], r["lead_time"], r["n"]) for r in rows]


def completed_minutes(*, start: datetime, end: datetime, period: Period) -> list[CompletedMinutes]:
    rows = (
        Session.objects.filter(start__gte=start, start__lt=end, status=S.COMPLETED)
        .annotate(bucket=truncated("start", period))
        .values("bucket", "session_type")
        .annotate(n=Count("id"), length=Sum(ExpressionWrapper(F("end") - F("start"), output_field=DurationField())))
        .order_by("bucket", "session_type")
    )
    return [
        CompletedMinutes(
            bucket_date(r["bucket"]), r["session_type"], r["n"], int(_as_timedelta(r["length"]).total_seconds() // 60)
        )
        for r in rows
    ]


def _as_timedelta(value: timedelta | int | None) -> timedelta:
    if value is None:
        return timedelta(0)
    if isinstance(value, timedelta):
        return value
    return timedelta(microseconds=int(value))


@dataclass(frozen=True)
class FriendSessions:
    friend_id: int
    sessions: int  # confirmed sessions starting in the range
    held: int  # of which took place or still hold the time (not cancelled)
    completed: int
    cancelled_by_friend: int
    no_show_friend: int
    no_show_user: int
    users: int  # distinct users with a held session
    rebooking_users: int  # of whom had two or more


def friends_page(*, start: datetime, end: datetime, limit: int, offset: int) -> tuple[list[FriendSessions], int]:
    """Friends with a confirmed session starting in [start, end), most sessions first (2 queries)."""
    base = _confirmed(start, end)
    total = base.values("friend_id").distinct().count()
    ranked = list(
        base.values("friend_id")
        .annotate(
            sessions=Count("id"),
            held=Count("id", filter=Q(status__in=HELD)),
            completed=Count("id", filter=Q(status=S.COMPLETED)),
            no_show_friend=Count("id", filter=Q(status=S.NO_SHOW_FRIEND)),
            no_show_user=Count("id", filter=Q(status=S.NO_SHOW_USER)),
        )
        .order_by("-sessions", "friend_id")[offset : offset + limit]
    )
    ids = [r["friend_id"] for r in ranked]
    if not ids:
        return [], total
    by_friend_cancel = dict(
        SessionTransition.objects.filter(
            to_status=S.CANCELLED,
            actor_id=F("session__friend_id"),
            session__friend_id__in=ids,
            session__start__gte=start,
            session__start__lt=end,
            session__status=S.CANCELLED,
        )
        .values("session__friend_id")
        .annotate(n=Count("session_id", distinct=True))
        .values_list("session__friend_id", "n")
        .order_by()
    )
    # Rebooking: per (friend, user) pair, then per friend, in one statement.
    pairs = view_of(
        base.filter(friend_id__in=ids, status__in=HELD)
        .values("friend_id", "user_id")
        .annotate(n=Count("id"))
        .order_by(),
        ("friend_id", "user_id", "n"),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.friend_id, COUNT(*), SUM(CASE WHEN p.n >= 2 THEN 1 ELSE 0 END) "  # noqa: S608 - our own SQL
            f"FROM ({pairs.sql}) p GROUP BY p.friend_id",
            pairs.params,
        )
        users = {row[0]: (int(row[1]), int(row[2] or 0)) for row in cursor.fetchall()}
    return [
        FriendSessions(
            friend_id=r["friend_id"],
            sessions=r["sessions"],
            held=r["held"],
            completed=r["completed"],
            cancelled_by_friend=by_friend_cancel.get(r["friend_id"], 0),
            no_show_friend=r["no_show_friend"],
            no_show_user=r["no_show_user"],
            users=users.get(r["friend_id"], (0, 0))[0],
            rebooking_users=users.get(r["friend_id"], (0, 0))[1],
        )
        for r in ranked
    ], total
