"""The conversion funnel in one statement: the sign-up cohort (accounts) joined with each later
step's view (personality, matching, billing). Every view is the owning module's own read-only
query (kit.stats.SqlView); this file only joins and counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db import connection

from kit.stats import SqlView, bucket_date


@dataclass(frozen=True)
class FunnelViews:
    cohort: SqlView  # user_id, bucket, joined_at, source, verified
    questionnaire: SqlView  # user_id, at
    matched: SqlView  # user_id, at
    trial: SqlView  # user_id
    paid: SqlView  # user_id, paid_since, paying


@dataclass(frozen=True)
class FunnelCounts:
    bucket: date
    source: str
    signups: int
    verified: int
    questionnaire_completed: int
    first_match_accepted: int
    trial_started: int
    first_paid_period: int
    still_paying_30_days: int


def funnel_counts(views: FunnelViews, *, paid_before: datetime) -> list[FunnelCounts]:
    """`paid_before`: a paid period that began before it counts as "still paying 30 days later"
    (when the subscription is still active)."""
    # The views are the owning modules' own querysets' SQL; every value is a parameter.
    joins = " ".join(
        f"LEFT JOIN ({view.sql}) {alias} ON {alias}.user_id = c.user_id"
        for alias, view in (("q", views.questionnaire), ("m", views.matched), ("t", views.trial), ("p", views.paid))
    )
    sql = " ".join(
        [
            "SELECT c.bucket, c.source, COUNT(*),",
            "SUM(CASE WHEN c.verified THEN 1 ELSE 0 END),",
            "COUNT(q.user_id), COUNT(m.user_id), COUNT(t.user_id), COUNT(p.user_id),",
            "SUM(CASE WHEN p.paying = 1 AND COALESCE(p.paid_since, c.joined_at) <= %s THEN 1 ELSE 0 END)",
            f"FROM ({views.cohort.sql}) c",
            joins,
            "GROUP BY c.bucket, c.source ORDER BY c.bucket, c.source",
        ]
    )
    params = (
        connection.ops.adapt_datetimefield_value(paid_before),
        *views.cohort.params,
        *views.questionnaire.params,
        *views.matched.params,
        *views.trial.params,
        *views.paid.params,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [FunnelCounts(bucket_date(r[0]), r[1], *(int(v or 0) for v in r[2:])) for r in rows]
