"""Questionnaire use cases: read the current version, publish a new one, answer it.

Services take the repository as an argument (defaulting to the Django one) so their tests
can run against an in-memory fake with no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from core import events
from core.errors import NotFound
from core.identity import Actor, require_staff
from modules.personality.domain.ports import QuestionnaireRepository
from modules.personality.domain.questionnaire import AnswerSet, Questionnaire, questions_from_raw, validate_answers
from modules.personality.repositories.questionnaire import DjangoQuestionnaireRepository

default_repository: QuestionnaireRepository = DjangoQuestionnaireRepository()


def _current(repo: QuestionnaireRepository) -> Questionnaire:
    questionnaire = repo.current()
    if questionnaire is None:
        raise NotFound("No questionnaire has been published yet.", code="no_questionnaire")
    return questionnaire


def questionnaire_current(*, actor: Actor, repo: QuestionnaireRepository = default_repository) -> Questionnaire:
    return _current(repo)


def questionnaire_publish(
    *, actor: Actor, questions: Sequence[Mapping[str, Any]], repo: QuestionnaireRepository = default_repository
) -> Questionnaire:
    require_staff(actor, "Only staff can publish a questionnaire.")
    valid = questions_from_raw(list(questions))
    with repo.atomic():
        published = repo.publish(valid)
        events.publish(events.QuestionnairePublished(version=published.version))
        return published


def answers_put(
    *, actor: Actor, answers: Sequence[Mapping[str, Any]], repo: QuestionnaireRepository = default_repository
) -> AnswerSet:
    """Replace my answers to the current version (friends and users answer the same questions)."""
    with repo.atomic():
        questionnaire = _current(repo)
        valid = validate_answers(questionnaire, answers)
        saved = repo.save_answers(user_id=actor.user_id, version=questionnaire.version, answers=valid)
        events.publish(events.AnswersChanged(user_id=actor.user_id))
        return saved


def answers_get(*, actor: Actor, repo: QuestionnaireRepository = default_repository) -> AnswerSet | None:
    """My answers to the current version, or None if I have not answered it. Only ever my own."""
    questionnaire = _current(repo)
    return repo.answers_of(user_id=actor.user_id, version=questionnaire.version)
