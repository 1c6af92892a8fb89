"""Read-only figures over ratings, for analytics (through feedback.public)."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, Sum

from modules.feedback.models import Rating


def friend_ratings(*, friend_ids: list[int], start: datetime, end: datetime) -> dict[int, tuple[int, int]]:
    """(count, sum of stars) of the ratings users gave each friend in [start, end)."""
    rows = (
        Rating.objects.filter(ratee_id__in=friend_ids, rater_side="user", created_at__gte=start, created_at__lt=end)
        .values("ratee_id")
        .annotate(n=Count("id"), stars=Sum("stars"))
        .order_by()
    )
    return {r["ratee_id"]: (r["n"], int(r["stars"])) for r in rows}
