"""/api/questionnaire: the current question set, publishing new versions (staff), my answers."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from core.api_errors import error_responses
from modules.accounts.public import actor_of
from modules.personality.api.schemas import AnswersIn, AnswersOut, PublishIn, QuestionnaireOut
from modules.personality.domain.questionnaire import AnswerSet, Questionnaire, answers_to_raw, questions_to_raw
from modules.personality.services import questionnaire as services

router = Router(tags=["questionnaire"])


def _questionnaire_out(questionnaire: Questionnaire) -> QuestionnaireOut:
    return QuestionnaireOut(
        version=questionnaire.version,
        published_at=questionnaire.published_at,
        questions=questions_to_raw(questionnaire.questions),
    )


def _answers_out(answer_set: AnswerSet) -> AnswersOut:
    return AnswersOut(
        version=answer_set.version, answers=answers_to_raw(answer_set.answers), updated_at=answer_set.updated_at
    )


@router.get(
    "/current",
    response=QuestionnaireOut,
    summary="The current questionnaire",
    operation_id="questionnaire_current_get",
    openapi_extra=error_responses(404),
)
def current(request: HttpRequest) -> QuestionnaireOut:
    """Any signed-in account: the current questionnaire version. Changes nothing."""
    return _questionnaire_out(services.questionnaire_current(actor=actor_of(request)))


@router.post(
    "/versions",
    response={201: QuestionnaireOut},
    summary="Publish a new questionnaire version (staff)",
    operation_id="questionnaire_publish",
    openapi_extra=error_responses(403, 409),
)
def publish(request: HttpRequest, payload: PublishIn) -> Status:
    """Staff publish a new questionnaire version; it becomes current, it is what answers are given to from
    now on.
    """
    questions = [q.model_dump() for q in payload.questions]
    questionnaire = services.questionnaire_publish(actor=actor_of(request), questions=questions)
    return Status(201, _questionnaire_out(questionnaire))


@router.put(
    "/answers",
    response=AnswersOut,
    summary="Replace my answers to the current questionnaire",
    operation_id="questionnaire_answers_set",
    openapi_extra=error_responses(404),
)
def answers_put(request: HttpRequest, payload: AnswersIn) -> AnswersOut:
    """Any signed-in account replaces its own answers to the current questionnaire. Answers are visible only to their
    owner and to matching.
    """
    answers = [a.model_dump() for a in payload.answers]
    return _answers_out(services.answers_put(actor=actor_of(request), answers=answers))


@router.get(
    "/answers",
    response=AnswersOut,
    summary="My answers to the current questionnaire",
    operation_id="questionnaire_answers_get",
    openapi_extra=error_responses(404),
)
def answers_get(request: HttpRequest) -> AnswersOut:
    """Any signed-in account: its own answers (empty before the first answer). Changes nothing."""
    actor = actor_of(request)
    answer_set = services.answers_get(actor=actor)
    if answer_set is None:
        version = services.questionnaire_current(actor=actor).version
        return AnswersOut(version=version, answers=[], updated_at=None)
    return _answers_out(answer_set)
