"""The repository the questionnaire services need: Django in production, in memory in service tests."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Protocol

from modules.personality.domain.questionnaire import Answer, AnswerSet, Question, Questionnaire


class QuestionnaireRepository(Protocol):
    def atomic(self) -> AbstractContextManager[object]:
        """A transaction: everything inside commits together or not at all."""
        ...

    def current(self) -> Questionnaire | None: ...

    def publish(self, questions: tuple[Question, ...]) -> Questionnaire:
        """Store `questions` as the next version and make it the only current one."""
        ...

    def save_answers(self, *, user_id: int, version: int, answers: tuple[Answer, ...]) -> AnswerSet:
        """Replace the user's answers to `version` (NotFound: no such version)."""
        ...

    def answers_of(self, *, user_id: int, version: int) -> AnswerSet | None: ...

    def current_answers_of_users(self, user_ids: Iterable[int]) -> dict[int, AnswerSet]:
        """Answers to the current version, by user id, in one round trip."""
        ...
