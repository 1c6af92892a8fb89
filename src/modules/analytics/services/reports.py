"""Use cases of analytics: each report for staff, from the owning modules' figures.

Who may read them: managers and admins (`staff_only` otherwise). No report names a user or
carries personal data: the funnel and the time series are counts, and the friend report is
about friends' work on the platform (ids, no names or emails).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from core.errors import FieldProblem, InvalidInput, PermissionDenied
from core.identity import Actor
from kit.stats import Period, report_transaction
from modules.accounts import public as accounts
from modules.analytics.repositories import funnel as funnel_repo
from modules.analytics.repositories.funnel import FunnelCounts, FunnelViews
from modules.billing import public as billing
from modules.booking import public as booking
from modules.chat import public as chat
from modules.feedback import public as feedback
from modules.matching import public as matching
from modules.personality import public as personality

MAX_RANGE = timedelta(days=1100)  # about three years: a daily series stays a few hundred rows
STILL_PAYING_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class Range:
    start: datetime
    end: datetime
    period: Period


def _require_staff(actor: Actor) -> None:
    if not actor.is_staff:
        raise PermissionDenied("Only managers and admins read analytics.", code="staff_only")


def report_range(*, actor: Actor, start: datetime | None, end: datetime | None, period: str, now: datetime) -> Range:
    """The range a report covers: [start, end), by default the 30 days before now."""
    _require_staff(actor)
    end = end or now
    start = start or end - timedelta(days=30)
    if start >= end:
        raise InvalidInput("The range is empty.", errors=[FieldProblem(("query", "start"), "must be before end")])
    if end - start > MAX_RANGE:
        raise InvalidInput(
            "The range is too long.", errors=[FieldProblem(("query", "start"), "the range may span at most 1100 days")]
        )
    return Range(start, end, Period(period))


def funnel(*, span: Range, now: datetime) -> list[FunnelCounts]:
    """Users who signed up in the range, per sign-up period and source, and how many of them
    reached each later step (by now, whenever they did)."""
    views = FunnelViews(
        cohort=accounts.signup_cohort_view(start=span.start, end=span.end, period=span.period),
        questionnaire=personality.questionnaire_completed_view(),
        matched=matching.first_match_accepted_view(),
        trial=billing.trial_started_view(),
        paid=billing.paid_subscriptions_view(),
    )
    with report_transaction():
        return funnel_repo.funnel_counts(views, paid_before=now - STILL_PAYING_AFTER)


@dataclass(frozen=True)
class SessionsReport:
    counts: list[booking.SessionCounts]
    cancellations: list[booking.Cancellations]
    minutes: list[booking.CompletedMinutes]


def sessions(*, span: Range) -> SessionsReport:
    kwargs = {"start": span.start, "end": span.end, "period": span.period}
    with report_transaction():
        return SessionsReport(
            counts=booking.session_counts(**kwargs),
            cancellations=booking.cancellations(**kwargs),
            minutes=booking.completed_minutes(**kwargs),
        )


@dataclass(frozen=True)
class RevenueReport:
    ledger: list[billing.LedgerTotal]
    premium: list[billing.PremiumTotal]
    payouts: list[billing.PayoutTotal]


def revenue(*, span: Range) -> RevenueReport:
    kwargs = {"start": span.start, "end": span.end, "period": span.period}
    with report_transaction():
        return RevenueReport(
            ledger=billing.ledger_totals(**kwargs),
            premium=billing.premium_totals(**kwargs),
            payouts=billing.payout_totals(**kwargs),
        )


@dataclass(frozen=True)
class FriendPerformance:
    friend_id: int
    sessions: int
    held: int
    completed: int
    cancelled_by_friend: int
    no_show_friend: int
    no_show_user: int
    ratings: int
    average_rating: float | None
    earnings: dict[str, int] = field(default_factory=dict)  # minor units per currency
    rebooking_rate: float | None = None  # share of the friend's users who booked again
    weekly_capacity: int = 0
    utilisation: float | None = None  # held sessions / (weekly capacity x weeks in the range)


def friends(*, span: Range, limit: int, offset: int) -> tuple[list[FriendPerformance], int]:
    with report_transaction():
        page, total = booking.friends_page(start=span.start, end=span.end, limit=limit, offset=offset)
        ids = [f.friend_id for f in page]
        ratings = feedback.friend_ratings(friend_ids=ids, start=span.start, end=span.end)
        earnings = billing.friend_earnings(friend_ids=ids, start=span.start, end=span.end)
        capacities = accounts.weekly_capacities(ids)
    weeks = (span.end - span.start) / timedelta(weeks=1)
    out = []
    for f in page:
        count, stars = ratings.get(f.friend_id, (0, 0))
        capacity = capacities.get(f.friend_id, 0)
        out.append(
            FriendPerformance(
                friend_id=f.friend_id,
                sessions=f.sessions,
                held=f.held,
                completed=f.completed,
                cancelled_by_friend=f.cancelled_by_friend,
                no_show_friend=f.no_show_friend,
                no_show_user=f.no_show_user,
                ratings=count,
                average_rating=round(stars / count, 2) if count else None,
                earnings=earnings.get(f.friend_id, {}),
                rebooking_rate=round(f.rebooking_users / f.users, 4) if f.users else None,
                weekly_capacity=capacity,
                utilisation=round(f.held / (capacity * weeks), 4) if capacity else None,
            )
        )
    return out, total


def chat_activity(*, span: Range) -> list[chat.ChatActivity]:
    with report_transaction():
        return chat.chat_activity(start=span.start, end=span.end, period=span.period)


def bucket_label(value: date) -> str:
    return value.isoformat()
