"""An in-memory questionnaire repository implementing the same Protocol as the Django one
(tests/modules/personality/repositories/test_repository_contract.py runs both)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime

from core.errors import NotFound
from modules.personality.domain.ports import QuestionnaireRepository
from modules.personality.domain.questionnaire import Answer, AnswerSet, Question, Questionnaire


class InMemoryQuestionnaireRepository:
    def __init__(self) -> None:
        self.versions: list[Questionnaire] = []
        self.current_version: int | None = None
        self.answers: dict[tuple[int, int], AnswerSet] = {}

    def atomic(self) -> AbstractContextManager[object]:
        return nullcontext()

    def current(self) -> Questionnaire | None:
        return next((v for v in self.versions if v.version == self.current_version), None)

    def publish(self, questions: tuple[Question, ...]) -> Questionnaire:
        questionnaire = Questionnaire(
            version=len(self.versions) + 1, questions=questions, published_at=datetime.now(UTC)
        )
        self.versions.append(questionnaire)
        self.current_version = questionnaire.version
        return questionnaire

    def save_answers(self, *, user_id: int, version: int, answers: tuple[Answer, ...]) -> AnswerSet:
        if not any(v.version == version for v in self.versions):
            raise NotFound("No such questionnaire version.")
        answer_set = AnswerSet(user_id=user_id, version=version, answers=answers, updated_at=datetime.now(UTC))
        self.answers[(user_id, version)] = answer_set
        return answer_set

    def answers_of(self, *, user_id: int, version: int) -> AnswerSet | None:
        return self.answers.get((user_id, version))

    def current_answers_of_users(self, user_ids: Iterable[int]) -> dict[int, AnswerSet]:
        wanted = set(user_ids)
        return {
            uid: s for (uid, version), s in self.answers.items() if uid in wanted and version == self.current_version
        }


# Checked by type checkers and at import: the fake must keep up with the Protocol.
_: type[QuestionnaireRepository] = InMemoryQuestionnaireRepository
