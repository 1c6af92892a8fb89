"""/api/admin/stats: figures for managers and admins, as JSON or CSV (`…/csv`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from core.api_errors import error_responses
from modules.accounts.public import actor_of
from modules.analytics import dependencies as deps
from modules.analytics.api.schemas import (
    StatsAmountOut,
    StatsCancellationsOut,
    StatsChatOut,
    StatsChatReportOut,
    StatsFriendOut,
    StatsFriendPage,
    StatsFriendsQuery,
    StatsFunnelOut,
    StatsFunnelRowOut,
    StatsLedgerOut,
    StatsMinutesOut,
    StatsPayoutOut,
    StatsPremiumOut,
    StatsRangeQuery,
    StatsRevenueOut,
    StatsSessionCountsOut,
    StatsSessionsOut,
)
from modules.analytics.services import reports

router = Router(tags=["analytics"])

_WHO = "Managers and admins (403 `staff_only` for others); reads only, changes nothing. "
_RANGE = "Rows per `period` (day, ISO week, month; UTC) over [`start`, `end`), by default the last 30 days. "


def _csv_doc(summary: str) -> dict[str, Any]:
    extra = error_responses(403)
    extra["responses"]["200"] = {
        "description": summary,
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
    return extra


def _csv(name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="humanlink-{name}.csv"'
    response["Cache-Control"] = "no-store"
    return response


def _span(request: HttpRequest, query: StatsRangeQuery | StatsFriendsQuery, period: str | None = None):
    return reports.report_range(
        actor=actor_of(request),
        start=query.start,
        end=query.end,
        period=period or getattr(query, "period", "day"),
        now=deps.clock().now(),
    )


def _with_period(d: dict[str, Any]) -> dict[str, Any]:
    d["period_start"] = d.pop("bucket")
    return d


# -- funnel ---------------------------------------------------------------------------------

_FUNNEL_DOC = (
    _WHO + _RANGE + "People who signed up as users in the range, by sign-up period and source, and how many of "
    "them reached each later step by now: verified their email, completed the questionnaire, accepted a "
    "first match, started a trial, reached a paid period, and still pay 30 days after it began."
)


def _funnel(request: HttpRequest, query: StatsRangeQuery):
    span = _span(request, query)
    return span, reports.funnel(span=span, now=deps.clock().now())


@router.get(
    "/funnel",
    response=StatsFunnelOut,
    operation_id="analytics_funnel",
    openapi_extra=error_responses(403),
    summary="Conversion funnel by sign-up source (staff)",
    description=_FUNNEL_DOC,
)
def stats_funnel(request: HttpRequest, query: Query[StatsRangeQuery]):
    span, rows = _funnel(request, query)
    return StatsFunnelOut(
        start=span.start,
        end=span.end,
        period=span.period,
        rows=[StatsFunnelRowOut(**_with_period(asdict(r))) for r in rows],
    )


@router.get(
    "/funnel/csv",
    operation_id="analytics_funnel_csv",
    openapi_extra=_csv_doc("The funnel as CSV, one row per period and source"),
    summary="Conversion funnel as CSV (staff)",
    description=_FUNNEL_DOC,
)
def stats_funnel_csv(request: HttpRequest, query: Query[StatsRangeQuery]):
    _, rows = _funnel(request, query)
    header = list(StatsFunnelRowOut.model_fields)
    return _csv("funnel", header, ([_with_period(asdict(r))[h] for h in header] for r in rows))


# -- sessions -------------------------------------------------------------------------------

_SESSIONS_DOC = (
    _WHO + _RANGE + "Sessions by the period they start in: booked (confirmed), upcoming, completed, cancelled, "
    "no-shows of each side; cancellations by who cancelled and how long before the start; completed "
    "minutes by session type."
)


@router.get(
    "/sessions",
    response=StatsSessionsOut,
    operation_id="analytics_sessions",
    openapi_extra=error_responses(403),
    summary="Sessions, cancellations and minutes (staff)",
    description=_SESSIONS_DOC,
)
def stats_sessions(request: HttpRequest, query: Query[StatsRangeQuery]):
    span = _span(request, query)
    report = reports.sessions(span=span)
    return StatsSessionsOut(
        start=span.start,
        end=span.end,
        period=span.period,
        counts=[StatsSessionCountsOut(**_with_period(asdict(r))) for r in report.counts],
        cancellations=[StatsCancellationsOut(**_with_period(asdict(r))) for r in report.cancellations],
        minutes=[StatsMinutesOut(**_with_period(asdict(r))) for r in report.minutes],
    )


@router.get(
    "/sessions/csv",
    operation_id="analytics_sessions_csv",
    openapi_extra=_csv_doc("period_start, metric, value: one row per figure"),
    summary="Sessions report as CSV (staff)",
    description=_SESSIONS_DOC + " CSV in long form: `period_start,metric,value` (e.g. `cancelled.user.under_24h`).",
)
def stats_sessions_csv(request: HttpRequest, query: Query[StatsRangeQuery]):
    report = reports.sessions(span=_span(request, query))
    rows: list[tuple[str, str, int]] = []
    for c in report.counts:
        for metric in ("booked", "upcoming", "completed", "cancelled", "no_show_user", "no_show_friend"):
            rows.append((c.bucket.isoformat(), metric, getattr(c, metric)))
    for x in report.cancellations:
        rows.append((x.bucket.isoformat(), f"cancelled.{x.side}.{x.lead_time}", x.count))
    for m in report.minutes:
        rows.append((m.bucket.isoformat(), f"completed_sessions.{m.session_type}", m.sessions))
        rows.append((m.bucket.isoformat(), f"completed_minutes.{m.session_type}", m.minutes))
    return _csv("sessions", ("period_start", "metric", "value"), rows)


# -- revenue --------------------------------------------------------------------------------

_REVENUE_DOC = (
    _WHO + _RANGE + "Money by period and currency (minor units, never converted): the friends' ledger summed by "
    "kind (earning, refund, chargeback, dispute_won, payout, payout_reversal) and account (revenue, "
    "friend, fees, payouts); premium-session payments that went through with what was refunded and "
    "disputed; payouts by status."
)


@router.get(
    "/revenue",
    response=StatsRevenueOut,
    operation_id="analytics_revenue",
    openapi_extra=error_responses(403),
    summary="Revenue, refunds, chargebacks and payouts (staff)",
    description=_REVENUE_DOC,
)
def stats_revenue(request: HttpRequest, query: Query[StatsRangeQuery]):
    span = _span(request, query)
    report = reports.revenue(span=span)
    return StatsRevenueOut(
        start=span.start,
        end=span.end,
        period=span.period,
        ledger=[StatsLedgerOut(**_with_period(asdict(r))) for r in report.ledger],
        premium=[StatsPremiumOut(**_with_period(asdict(r))) for r in report.premium],
        payouts=[StatsPayoutOut(**_with_period(asdict(r))) for r in report.payouts],
    )


@router.get(
    "/revenue/csv",
    operation_id="analytics_revenue_csv",
    openapi_extra=_csv_doc("period_start, currency, metric, value: one row per figure"),
    summary="Revenue report as CSV (staff)",
    description=_REVENUE_DOC + " CSV in long form: `period_start,currency,metric,value`.",
)
def stats_revenue_csv(request: HttpRequest, query: Query[StatsRangeQuery]):
    report = reports.revenue(span=_span(request, query))
    rows: list[tuple[str, str, str, int]] = []
    for r in report.ledger:
        rows.append((r.bucket.isoformat(), r.currency, f"ledger.{r.kind}.{r.account}", r.amount_minor))
    for p in report.premium:
        for metric in ("paid", "paid_minor", "refunded_minor", "disputed"):
            rows.append((p.bucket.isoformat(), p.currency, f"premium.{metric}", getattr(p, metric)))
    for o in report.payouts:
        rows.append((o.bucket.isoformat(), o.currency, f"payouts.{o.status}.count", o.count))
        rows.append((o.bucket.isoformat(), o.currency, f"payouts.{o.status}.amount_minor", o.amount_minor))
    return _csv("revenue", ("period_start", "currency", "metric", "value"), rows)


# -- friends --------------------------------------------------------------------------------

_FRIENDS_DOC = (
    _WHO + "Friends with a confirmed session starting in [`start`, `end`) (default: the last 30 days), most "
    "sessions first: sessions, held, completed, cancelled by the friend, no-shows of each side, the users' "
    "ratings given in the range and their average, earnings (ledger, per currency), rebooking rate, and "
    "utilisation of the weekly capacity the friend offers."
)


def _friend_out(f: reports.FriendPerformance) -> StatsFriendOut:
    data = asdict(f)
    data["earnings"] = [StatsAmountOut(currency=c, amount_minor=a) for c, a in sorted(f.earnings.items())]
    return StatsFriendOut(**data)


@router.get(
    "/friends",
    response=StatsFriendPage,
    operation_id="analytics_friends",
    openapi_extra=error_responses(403),
    summary="Friend performance (staff)",
    description=_FRIENDS_DOC,
)
def stats_friends(request: HttpRequest, query: Query[StatsFriendsQuery]):
    span = _span(request, query, period="day")
    items, total = reports.friends(span=span, limit=query.limit, offset=query.offset)
    return StatsFriendPage(items=[_friend_out(f) for f in items], total=total, limit=query.limit, offset=query.offset)


@router.get(
    "/friends/csv",
    operation_id="analytics_friends_csv",
    openapi_extra=_csv_doc("One row per friend (earnings as `currency:amount` pairs)"),
    summary="Friend performance as CSV (staff)",
    description=_FRIENDS_DOC + " The CSV follows `limit` and `offset` like the JSON.",
)
def stats_friends_csv(request: HttpRequest, query: Query[StatsFriendsQuery]):
    span = _span(request, query, period="day")
    items, _ = reports.friends(span=span, limit=query.limit, offset=query.offset)
    header = [h for h in StatsFriendOut.model_fields]
    rows = []
    for f in items:
        data = asdict(f)
        data["earnings"] = " ".join(f"{c}:{a}" for c, a in sorted(f.earnings.items()))
        rows.append(["" if data[h] is None else data[h] for h in header])
    return _csv("friends", header, rows)


# -- chat -----------------------------------------------------------------------------------

_CHAT_DOC = (
    _WHO + _RANGE + "Messages written, conversations with at least one message, and distinct writers, per "
    "period. Counts only: no text, no names."
)


@router.get(
    "/chat",
    response=StatsChatReportOut,
    operation_id="analytics_chat",
    openapi_extra=error_responses(403),
    summary="Chat activity (staff)",
    description=_CHAT_DOC,
)
def stats_chat(request: HttpRequest, query: Query[StatsRangeQuery]):
    span = _span(request, query)
    rows = reports.chat_activity(span=span)
    return StatsChatReportOut(
        start=span.start,
        end=span.end,
        period=span.period,
        rows=[StatsChatOut(**_with_period(asdict(r))) for r in rows],
    )


@router.get(
    "/chat/csv",
    operation_id="analytics_chat_csv",
    openapi_extra=_csv_doc("One row per period"),
    summary="Chat activity as CSV (staff)",
    description=_CHAT_DOC,
)
def stats_chat_csv(request: HttpRequest, query: Query[StatsRangeQuery]):
    rows = reports.chat_activity(span=_span(request, query))
    header = list(StatsChatOut.model_fields)
    return _csv("chat", header, ([_with_period(asdict(r))[h] for h in header] for r in rows))
