"""Whether people completed the questionnaire, for analytics' funnel: the fact and its time,
never an answer (answers stay between their owner and matching)."""

from __future__ import annotations

from django.db.models import F

from kit.stats import SqlView, view_of
from modules.personality.models import QuestionnaireAnswers


def questionnaire_completed_view() -> SqlView:
    """user_id, at: one row per answer set saved (a person who completed it has one or more)."""
    queryset = QuestionnaireAnswers.objects.annotate(at=F("created_at")).order_by()
    return view_of(queryset, ("user_id", "at"))
