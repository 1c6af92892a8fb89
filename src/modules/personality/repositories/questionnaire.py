"""ORM access for questionnaire versions and answers. Returns frozen domain objects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager

from django.db import IntegrityError, transaction
from django.db.models import Max

from core.errors import Conflict, NotFound
from modules.personality.domain.questionnaire import (
    Answer,
    AnswerSet,
    Question,
    Questionnaire,
    answers_from_raw,
    answers_to_raw,
    questions_from_raw,
    questions_to_raw,
)
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion


def _questionnaire(row: QuestionnaireVersion) -> Questionnaire:
    return Questionnaire(version=row.number, questions=questions_from_raw(row.questions), published_at=row.published_at)


def _answer_set(row: QuestionnaireAnswers, version: int) -> AnswerSet:
    return AnswerSet(
        user_id=row.user_id, version=version, answers=answers_from_raw(row.answers), updated_at=row.updated_at
    )


class DjangoQuestionnaireRepository:
    def atomic(self) -> AbstractContextManager[object]:
        return transaction.atomic()

    def current(self) -> Questionnaire | None:
        row = QuestionnaireVersion.objects.filter(is_current=True).first()
        return _questionnaire(row) if row else None

    def publish(self, questions: tuple[Question, ...]) -> Questionnaire:
        try:
            with transaction.atomic():
                # Serialise publishers on the current row; the partial unique index backs this up.
                list(QuestionnaireVersion.objects.select_for_update().filter(is_current=True))
                number = (QuestionnaireVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
                QuestionnaireVersion.objects.filter(is_current=True).update(is_current=False)
                row = QuestionnaireVersion.objects.create(
                    number=number, questions=questions_to_raw(questions), is_current=True
                )
        except IntegrityError as exc:
            raise Conflict("Another version was published at the same time; try again.") from exc
        return _questionnaire(row)

    def _version_id(self, version: int) -> int:
        found = QuestionnaireVersion.objects.filter(number=version).values_list("pk", flat=True).first()
        if found is None:
            raise NotFound("No such questionnaire version.")
        return found

    def save_answers(self, *, user_id: int, version: int, answers: tuple[Answer, ...]) -> AnswerSet:
        row, _ = QuestionnaireAnswers.objects.update_or_create(
            user_id=user_id, version_id=self._version_id(version), defaults={"answers": answers_to_raw(answers)}
        )
        return _answer_set(row, version)

    def answers_of(self, *, user_id: int, version: int) -> AnswerSet | None:
        row = QuestionnaireAnswers.objects.filter(user_id=user_id, version__number=version).first()
        return _answer_set(row, version) if row else None

    def current_answers_of_users(self, user_ids: Iterable[int]) -> dict[int, AnswerSet]:
        rows = QuestionnaireAnswers.objects.filter(user_id__in=list(user_ids), version__is_current=True).select_related(
            "version"
        )
        return {row.user_id: _answer_set(row, row.version.number) for row in rows}

    def all_current_answers(self) -> Iterator[AnswerSet]:
        """Every answer set to the current version, streamed (one query, no id list to send)."""
        version = QuestionnaireVersion.objects.filter(is_current=True).values_list("number", flat=True).first()
        rows = QuestionnaireAnswers.objects.filter(version__is_current=True).values_list(
            "user_id", "answers", "updated_at"
        )
        for user_id, answers, updated_at in rows.iterator(chunk_size=5000):
            yield AnswerSet(user_id=user_id, version=version, answers=answers_from_raw(answers), updated_at=updated_at)
