"""Bulk reads for other modules: weekly hours of many friends, sessions held this week."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Count

from modules.booking.domain.sessions import HOLDING_STATUSES
from modules.booking.models import FriendAvailability, Session


def weekly_windows(friend_ids: Iterable[int] | None = None) -> dict[int, tuple[str, tuple[tuple[int, int, int], ...]]]:
    """Each friend's (timezone, sorted (weekday, start_minute, end_minute) windows); every friend
    with availability when `friend_ids` is None. Plain tuples: 100,000 rows stay cheap."""
    query = FriendAvailability.objects.all()
    if friend_ids is not None:
        query = query.filter(friend_id__in=list(friend_ids))
    return {
        friend_id: (tz, tuple(sorted((w["weekday"], w["start_minute"], w["end_minute"]) for w in weekly or ())))
        for friend_id, tz, weekly in query.values_list("friend_id", "timezone", "weekly").iterator(chunk_size=5000)
    }


def holding_session_counts(*, start: datetime, end: datetime, friend_ids: Iterable[int] | None) -> dict[int, int]:
    """Sessions that hold time (booked, in progress) starting in [start, end), per friend."""
    query = Session.objects.filter(start__gte=start, start__lt=end, status__in=[s.value for s in HOLDING_STATUSES])
    if friend_ids is not None:
        query = query.filter(friend_id__in=list(friend_ids))
    return dict(query.values("friend_id").annotate(n=Count("pk")).values_list("friend_id", "n"))


def holding_session_starts(*, start: datetime, end: datetime, friend_ids: list[int]) -> dict[int, list[datetime]]:
    """Start times of the holding sessions of these friends starting in [start, end)."""
    rows = Session.objects.filter(
        friend_id__in=friend_ids, start__gte=start, start__lt=end, status__in=[s.value for s in HOLDING_STATUSES]
    ).values_list("friend_id", "start")
    out: dict[int, list[datetime]] = {}
    for friend_id, at in rows:
        out.setdefault(friend_id, []).append(at)
    return out
