"""Read-only figures over matching's tables, for analytics (through matching.public)."""

from __future__ import annotations

from django.db.models import F

from kit.stats import SqlView, view_of
from modules.matching.models import MatchDecision


def first_match_accepted_view() -> SqlView:
    """user_id, at: one row per accepted suggestion (a user who accepted one has one or more)."""
    queryset = (
        MatchDecision.objects.filter(decision=MatchDecision.Kind.ACCEPTED).annotate(at=F("decided_at")).order_by()
    )
    return view_of(queryset, ("user_id", "at"))
