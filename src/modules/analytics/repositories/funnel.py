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
    questionnaire: SqlView  # user_id, at (a row per answer set)
    matched: SqlView  # user_id, at (a row per accepted suggestion)
    trial: SqlView  # user_id (a row per subscription with a trial)
    paid: SqlView  # user_id, paid_since, paying (a row per subscription that reached a paid period)


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
    """`paid_before`: an active subscription whose paid time began before it counts as "still
    paying 30 days later".

    Each later step is an EXISTS probe per person of the cohort: the views are plain row sets
    (no GROUP BY), so PostgreSQL flattens them into semi-joins on the owners' user indexes and
    reads only the cohort's rows, not every row of every table."""

    def exists(view: SqlView, extra: str = "") -> str:
        return "".join(["EXISTS (SELECT 1 FROM (", view.sql, ") v WHERE v.user_id = c.user_id", extra, ")"])

    def count_if(condition: str) -> str:
        return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"

    # The views are the owning modules' own querysets' SQL; every value is a parameter.
    columns = [
        "c.bucket",
        "c.source",
        "COUNT(*)",
        count_if("c.verified"),
        count_if(exists(views.questionnaire)),
        count_if(exists(views.matched)),
        count_if(exists(views.trial)),
        count_if(exists(views.paid)),
        count_if(exists(views.paid, " AND v.paying = 1 AND COALESCE(v.paid_since, c.joined_at) <= %s")),
    ]
    sql = " ".join(
        [
            "SELECT",
            ", ".join(columns),
            f"FROM ({views.cohort.sql}) c",
            "GROUP BY c.bucket, c.source ORDER BY c.bucket, c.source",
        ]
    )
    params = (
        *views.questionnaire.params,
        *views.matched.params,
        *views.trial.params,
        *views.paid.params,
        *views.paid.params,
        connection.ops.adapt_datetimefield_value(paid_before),
        *views.cohort.params,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [FunnelCounts(bucket_date(r[0]), r[1], *(int(v or 0) for v in r[2:])) for r in rows]
