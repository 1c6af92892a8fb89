"""Read-only figures over matching's tables, for analytics (through matching.public)."""

from __future__ import annotations

from django.db.models import Min

from kit.stats import SqlView, view_of
from modules.matching.models import MatchDecision


def first_match_accepted_view() -> SqlView:
    """user_id, at: each user who accepted a suggested friend, with their first acceptance."""
    queryset = (
        MatchDecision.objects.filter(decision=MatchDecision.Kind.ACCEPTED)
        .values("user_id")
        .annotate(at=Min("decided_at"))
        .order_by()
    )
    return view_of(queryset, ("user_id", "at"))
