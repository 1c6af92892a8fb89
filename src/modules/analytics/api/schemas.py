"""Request and response shapes of /api/admin/stats (names unique across the whole API)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from kit.api import PageQuery
from kit.fields import AwareDatetime


class StatsRangeQuery(Schema):
    start: AwareDatetime | None = Field(default=None, description="Inclusive; default: 30 days before `end`")
    end: AwareDatetime | None = Field(default=None, description="Exclusive; default: now")
    period: Literal["day", "week", "month"] = Field(default="day", description="Rows per day, ISO week or month (UTC)")


class StatsFriendsQuery(PageQuery):
    start: AwareDatetime | None = Field(default=None, description="Inclusive; default: 30 days before `end`")
    end: AwareDatetime | None = Field(default=None, description="Exclusive; default: now")


class StatsFunnelRowOut(Schema):
    period_start: date
    source: str = Field(description="utm_source, else the referrer's host, else `direct`")
    signups: int
    verified: int
    questionnaire_completed: int
    first_match_accepted: int
    trial_started: int
    first_paid_period: int
    still_paying_30_days: int


class StatsFunnelOut(Schema):
    start: datetime
    end: datetime
    period: str
    rows: list[StatsFunnelRowOut]


class StatsSessionCountsOut(Schema):
    period_start: date
    booked: int
    upcoming: int
    completed: int
    cancelled: int
    no_show_user: int
    no_show_friend: int


class StatsCancellationsOut(Schema):
    period_start: date
    side: Literal["user", "friend", "staff_or_system"]
    lead_time: Literal["under_24h", "1_to_7_days", "over_7_days"]
    count: int


class StatsMinutesOut(Schema):
    period_start: date
    session_type: str
    sessions: int
    minutes: int


class StatsSessionsOut(Schema):
    start: datetime
    end: datetime
    period: str
    counts: list[StatsSessionCountsOut]
    cancellations: list[StatsCancellationsOut]
    minutes: list[StatsMinutesOut]


class StatsLedgerOut(Schema):
    period_start: date
    currency: str
    kind: str = Field(description="earning, refund, chargeback, dispute_won, payout, payout_reversal")
    account: str = Field(description="friend, revenue, fees, payouts")
    amount_minor: int
    lines: int


class StatsPremiumOut(Schema):
    period_start: date
    currency: str
    paid: int
    paid_minor: int
    refunded_minor: int
    disputed: int


class StatsPayoutOut(Schema):
    period_start: date
    currency: str
    status: str
    count: int
    amount_minor: int


class StatsRevenueOut(Schema):
    start: datetime
    end: datetime
    period: str
    ledger: list[StatsLedgerOut]
    premium: list[StatsPremiumOut]
    payouts: list[StatsPayoutOut]


class StatsAmountOut(Schema):
    currency: str
    amount_minor: int


class StatsFriendOut(Schema):
    friend_id: int
    sessions: int
    held: int = Field(description="Not cancelled: took place or still booked")
    completed: int
    cancelled_by_friend: int
    no_show_friend: int
    no_show_user: int
    ratings: int
    average_rating: float | None
    earnings: list[StatsAmountOut]
    rebooking_rate: float | None = Field(description="Share of the friend's users with two or more held sessions")
    weekly_capacity: int
    utilisation: float | None = Field(description="Held sessions / (weekly capacity x weeks in the range)")


class StatsFriendPage(Schema):
    items: list[StatsFriendOut]
    total: int
    limit: int
    offset: int


class StatsChatOut(Schema):
    period_start: date
    messages: int
    active_conversations: int
    senders: int


class StatsChatReportOut(Schema):
    start: datetime
    end: datetime
    period: str
    rows: list[StatsChatOut]
