"""Read-only figures over accounts' tables, for analytics (through accounts.public)."""

from __future__ import annotations

from datetime import datetime

from allauth.account.models import EmailAddress
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Coalesce

from core.identity import Role
from kit.stats import Period, SqlView, truncated, view_of
from modules.accounts.models import Consent, FriendProfile, User


def signup_cohort_view(*, start: datetime, end: datetime, period: Period) -> SqlView:
    """Users (role user) who signed up in [start, end): user_id, bucket (start of the sign-up's
    day/week/month, UTC), joined_at, source ("direct" when unknown), verified (an address confirmed)."""
    queryset = (
        User.objects.filter(role=Role.USER, date_joined__gte=start, date_joined__lt=end)
        .annotate(
            user_id=F("id"),
            bucket=truncated("date_joined", period),
            joined_at=F("date_joined"),
            source=Coalesce("signup_source__source", Value("direct")),
            verified=Exists(EmailAddress.objects.filter(user_id=OuterRef("pk"), verified=True)),
        )
        .order_by()
    )
    return view_of(queryset, ("user_id", "bucket", "joined_at", "source", "verified"))


def weekly_capacities(friend_ids: list[int]) -> dict[int, int]:
    """Sessions a week each friend offers at most (their own setting)."""
    rows = FriendProfile.objects.filter(user_id__in=friend_ids).values_list("user_id", "weekly_capacity")
    return dict(rows)


def do_not_sell_user_ids() -> frozenset[int]:
    """People whose latest do-not-sell decision is "yes" (CCPA): never part of a third-party share."""
    latest: dict[int, bool] = {}
    rows = Consent.objects.filter(kind=Consent.Kind.DO_NOT_SELL).order_by("user_id", "at", "pk")
    for user_id, granted in rows.values_list("user_id", "granted"):
        latest[user_id] = granted
    return frozenset(u for u, granted in latest.items() if granted)
