"""Everything personality holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from kit.export import label, rows
from modules.personality.models import QuestionnaireAnswers


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {label(QuestionnaireAnswers): rows(QuestionnaireAnswers.objects.filter(user_id=user_id))}


def erase(user_id: int) -> None:
    QuestionnaireAnswers.objects.filter(user_id=user_id).delete()
