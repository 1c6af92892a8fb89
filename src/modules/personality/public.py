"""What other modules may use from personality.

Answers are personal: besides their owner (through the API), only matching reads them,
through `answers_for_users`. Nothing here is meant for analytics or third parties.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from modules.personality.domain.questionnaire import (
    Answer,
    AnswerSet,
    Option,
    Question,
    QuestionKind,
    Questionnaire,
)
from modules.personality.repositories import personal_data as _personal_data
from modules.personality.repositories.questionnaire import DjangoQuestionnaireRepository
from modules.personality.repositories.stats import questionnaire_completed_view

_repository = DjangoQuestionnaireRepository()


def answers_for_users(user_ids: Iterable[int]) -> dict[int, AnswerSet]:
    """Answers to the current questionnaire of each given user who has answered it (one query)."""
    return _repository.current_answers_of_users(user_ids)


def all_current_answers() -> Iterator[AnswerSet]:
    """Every answer set to the current questionnaire (matching's population build), streamed."""
    return _repository.all_current_answers()


def current_questionnaire() -> Questionnaire | None:
    """The current question set (kinds and options), to interpret the answers."""
    return _repository.current()


__all__ = [
    "Answer",
    "AnswerSet",
    "Option",
    "Question",
    "QuestionKind",
    "Questionnaire",
    "all_current_answers",
    "answers_for_users",
    "current_questionnaire",
    "personal_data_export",
    "questionnaire_completed_view",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
