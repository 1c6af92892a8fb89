"""What other modules (and the task entry points) may use from booking.
Matching reads friends' weekly hours and weekly load here, in bulk."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from core.identity import Role
from modules.accounts.public import friend_offer, person_basics
from modules.booking import dependencies as deps
from modules.booking.domain.availability import AvailabilityRules, WeeklyWindow, local_week
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import JOIN_EARLY, TOKEN_GRACE, SessionStatus, join_window_open, rtc_channel
from modules.booking.domain.weekly_hours import HOURS_PER_WEEK, week_start_of, weekly_hours_of_raw
from modules.booking.repositories import outcomes as outcomes_repo
from modules.booking.repositories import personal_data as _personal_data
from modules.booking.repositories import sessions as repo
from modules.booking.repositories import weekly as weekly_repo
from modules.booking.repositories.outcomes import SessionOutcomeView
from modules.booking.repositories.stats import (
    Cancellations,
    CompletedMinutes,
    FriendSessions,
    SessionCounts,
    cancellations,
    completed_minutes,
    friends_page,
    session_counts,
)
from modules.booking.services import lifecycle, reminders


def send_reminders() -> int:
    """Queue the reminders due now (idempotent; beat runs it every minute)."""
    return reminders.sessions_send_reminders(clock=deps.clock())


def complete_due() -> int:
    """Complete in-progress sessions whose end has passed (idempotent)."""
    return lifecycle.sessions_complete_due(clock=deps.clock())


def close_unjoined() -> int:
    """Cancel sessions nobody joined once their no-show window has closed (idempotent)."""
    return lifecycle.sessions_close_unjoined(clock=deps.clock())


def demo_availability_ensure(friend_ids: list[int]) -> None:
    """Demo friends (make run): weekdays 09:00-21:00 and weekends 10:00-16:00 in their own timezone."""
    for friend_id in friend_ids:
        offer = friend_offer(friend_id)
        weekly = tuple(WeeklyWindow(d, 9 * 60, 21 * 60) for d in range(5)) + tuple(
            WeeklyWindow(d, 10 * 60, 16 * 60) for d in (5, 6)
        )
        repo.save_rules(
            friend_id,
            AvailabilityRules(
                timezone=offer.timezone if offer else "UTC", weekly=weekly, min_notice=timedelta(hours=1)
            ),
        )


def demo_sessions_ensure(user_id: int | None, friend_ids: list[int]) -> list[str]:
    """Demo sessions (make run) for the demo user, so every step can be tried at once: a text
    session with the first friend that ended an hour ago (rate it) and a voice session with the
    second that starts in 5 minutes (join it: the call screen). Created once; kept afterwards."""
    if user_id is None or len(friend_ids) < 2:
        return []
    now = deps.clock().now().replace(second=0, microsecond=0)
    wanted = [
        (friend_ids[0], "text", now - timedelta(minutes=90), SessionStatus.COMPLETED),
        (friend_ids[1], "voice", now + timedelta(minutes=5), SessionStatus.BOOKED),
    ]
    lines = []
    for friend_id, session_type, start, status in wanted:
        if repo.has_session_of_type(user_id=user_id, friend_id=friend_id, session_type=session_type):
            continue
        offer = friend_offer(friend_id)
        repo.create_session(
            user_id=user_id,
            friend_id=friend_id,
            session_type=session_type,
            slot=Interval(start, start + timedelta(minutes=30)),
            price_minor=offer.prices_minor.get(session_type, 0) if offer else 0,
            currency=offer.currency if offer else "usd",
            at=now,
            status=status,
        )
        lines.append(f"created demo {session_type} session ({status.value})")
    return lines


# Above this many ids, reading every row is cheaper than an enormous IN list.
_BULK_THRESHOLD = 1000


def weekly_open_hours_utc(friend_ids: Iterable[int] | None = None, *, now: datetime) -> dict[int, frozenset[int]]:
    """Friends' weekly hours as UTC hours of the current ISO week (0 = Monday 00:00 UTC).

    Friends without published availability are absent. Dated exceptions are not included:
    this describes a friend's usual week, not a particular date."""
    week = week_start_of(now)
    ids = None if friend_ids is None else list(friend_ids)
    rows = weekly_repo.weekly_windows(ids if ids is None or len(ids) <= _BULK_THRESHOLD else None)
    wanted = None if ids is None else set(ids)
    return {
        friend_id: weekly_hours_of_raw(tz, windows, week)
        for friend_id, (tz, windows) in rows.items()
        if wanted is None or friend_id in wanted
    }


def friends_at_weekly_capacity(capacities: Mapping[int, int], *, now: datetime) -> set[int]:
    """Which of these friends (id → weekly capacity) already hold that many sessions this week.

    For a page of friends (≤ 1,000) the count is exact: in each friend's own week, as booking
    counts it. For the whole population it is one query over the UTC ISO week, an approximation
    good enough to rank with; the page re-check and booking itself stay exact."""
    if not capacities:
        return set()
    if len(capacities) <= _BULK_THRESHOLD:
        return _at_capacity_exact(capacities, now=now)
    start = datetime.combine(week_start_of(now), time(0), tzinfo=UTC)
    counts = weekly_repo.holding_session_counts(start=start, end=start + timedelta(days=7), friend_ids=None)
    return {fid for fid, cap in capacities.items() if counts.get(fid, 0) >= cap}


def _at_capacity_exact(capacities: Mapping[int, int], *, now: datetime) -> set[int]:
    zones = {fid: tz for fid, (tz, _) in weekly_repo.weekly_windows(list(capacities)).items()}
    weeks = {fid: local_week(now, ZoneInfo(zones.get(fid, "UTC"))) for fid in capacities}
    lo = min(w.start for w in weeks.values())
    hi = max(w.end for w in weeks.values())
    starts = weekly_repo.holding_session_starts(start=lo, end=hi, friend_ids=list(capacities))
    full = set()
    for fid, cap in capacities.items():
        week = weeks[fid]
        if sum(1 for t in starts.get(fid, ()) if week.start <= t < week.end) >= cap:
            full.add(fid)
    return full


__all__ = [
    "HOURS_PER_WEEK",
    # The join window of sessions, which group events share (10 minutes early until the end).
    "JOIN_EARLY",
    "TOKEN_GRACE",
    "Cancellations",
    "CompletedMinutes",
    "FriendSessions",
    "SessionCounts",
    "SessionOutcomeView",
    "cancellations",
    "close_unjoined",
    "complete_due",
    "completed_minutes",
    "demo_availability_ensure",
    "friends_at_weekly_capacity",
    "friends_page",
    "join_window_open",
    "personal_data_export",
    "rtc_channel",
    "send_reminders",
    "session_counts",
    "sessions_cancel_for_suspension",
    "week_start_of",
    "weekly_open_hours_utc",
]


# --- how sessions ended (feedback) -----------------------------------------------------------
def session_outcome(session_id: int) -> SessionOutcomeView | None:
    """Participants, status, times and when it ended, for any session (callers check who asks)."""
    return outcomes_repo.outcome_of(session_id)


def ended_sessions_of(person_id: int, *, ended_after: datetime, limit: int = 100) -> list[SessionOutcomeView]:
    return outcomes_repo.ended_sessions_of(person_id, ended_after=ended_after, limit=limit)


def completed_sessions_count(person_id: int, *, at_most: int = 2) -> int:
    """How many completed sessions a person had (either side), counting no further than `at_most`."""
    return outcomes_repo.completed_count_of(person_id, at_most=at_most)


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """A leaving person's future sessions are cancelled (per policy: their users are refunded when
    a friend leaves), their hours removed and their written reasons blanked. Idempotent."""
    basics = person_basics(user_id)
    role = basics.role if basics else Role.USER
    lifecycle.sessions_cancel_on_departure(person_id=user_id, role=role, reason="account erased", clock=deps.clock())
    _personal_data.erase(user_id)


def sessions_cancel_for_suspension(user_id: int) -> list[tuple[int, int]]:
    """Cancel a suspended person's future sessions as if they cancelled them now (a suspended
    friend's users are refunded in full). Returns (session id, the other participant) pairs."""
    basics = person_basics(user_id)
    role = basics.role if basics else Role.USER
    cancelled = lifecycle.sessions_cancel_on_departure(
        person_id=user_id, role=role, reason="account suspended", clock=deps.clock()
    )
    return [(s.id, s.friend_id if s.user_id == user_id else s.user_id) for s in cancelled]
