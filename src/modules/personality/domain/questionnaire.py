"""The questionnaire and its answers, pure Python: what a valid question set and answer set are.

Every check collects all problems before refusing, so a client can fix a form in one go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from core.errors import FieldProblem, InvalidInput


class QuestionKind(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE_1_5 = "scale_1_5"


CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})
SCALE_MIN, SCALE_MAX = 1, 5
IMPORTANCE_MIN, IMPORTANCE_MAX = 0, 5
MAX_QUESTIONS = 100
MIN_OPTIONS, MAX_OPTIONS = 2, 20
MAX_TEXT = 300
# Keys are stable identifiers that answers and matching refer to across versions.
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

AnswerValue = str | int | tuple[str, ...]


@dataclass(frozen=True)
class Option:
    key: str
    text: str


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: QuestionKind
    options: tuple[Option, ...] = ()
    required: bool = True

    def option_keys(self) -> frozenset[str]:
        return frozenset(o.key for o in self.options)


@dataclass(frozen=True)
class Questionnaire:
    version: int
    questions: tuple[Question, ...]
    published_at: datetime

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


@dataclass(frozen=True)
class Answer:
    question: str
    value: AnswerValue
    importance: int
    mandatory: bool


@dataclass(frozen=True)
class AnswerSet:
    """One person's answers to one questionnaire version."""

    user_id: int
    version: int
    answers: tuple[Answer, ...]
    updated_at: datetime


# --- question sets ------------------------------------------------------------------------


def _text_problem(value: Any, loc: tuple[str | int, ...]) -> FieldProblem | None:
    if not isinstance(value, str) or not value.strip():
        return FieldProblem(loc, "must be a non-empty text")
    if len(value) > MAX_TEXT:
        return FieldProblem(loc, f"at most {MAX_TEXT} characters")
    return None


def _key_problem(value: Any, loc: tuple[str | int, ...]) -> FieldProblem | None:
    if not isinstance(value, str) or not _KEY.match(value):
        return FieldProblem(loc, "must be a key like 'social_energy' (lower case, digits, underscores)")
    return None


def _options_of(raw: Any, loc: tuple[str | int, ...], problems: list[FieldProblem]) -> tuple[Option, ...]:
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not MIN_OPTIONS <= len(raw) <= MAX_OPTIONS:
        problems.append(FieldProblem(loc, f"choice questions need {MIN_OPTIONS} to {MAX_OPTIONS} options"))
        return ()
    options, seen = [], set()
    for j, item in enumerate(raw):
        if not isinstance(item, Mapping):
            problems.append(FieldProblem((*loc, j), "must be an object with key and text"))
            continue
        found = [_key_problem(item.get("key"), (*loc, j, "key")), _text_problem(item.get("text"), (*loc, j, "text"))]
        problems.extend(p for p in found if p)
        if item.get("key") in seen:
            problems.append(FieldProblem((*loc, j, "key"), "option keys must be unique"))
        seen.add(item.get("key"))
        if not any(found):
            options.append(Option(key=item["key"], text=item["text"].strip()))
    return tuple(options)


def questions_from_raw(raw: Any, *, loc: tuple[str | int, ...] = ("body", "questions")) -> tuple[Question, ...]:
    """Validate a question set (as published by staff or stored) and build the questions."""
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not 1 <= len(raw) <= MAX_QUESTIONS:
        raise InvalidInput("Invalid question set", errors=[FieldProblem(loc, f"1 to {MAX_QUESTIONS} questions")])
    problems: list[FieldProblem] = []
    questions, seen = [], set()
    for i, item in enumerate(raw):
        here = (*loc, i)
        if not isinstance(item, Mapping):
            problems.append(FieldProblem(here, "must be an object"))
            continue
        before = len(problems)
        for found in (_key_problem(item.get("key"), (*here, "key")), _text_problem(item.get("text"), (*here, "text"))):
            if found:
                problems.append(found)
        if item.get("key") in seen:
            problems.append(FieldProblem((*here, "key"), "question keys must be unique"))
        seen.add(item.get("key"))
        try:
            kind = QuestionKind(item.get("kind"))
        except ValueError:
            problems.append(FieldProblem((*here, "kind"), f"must be one of {', '.join(QuestionKind)}"))
            continue
        options: tuple[Option, ...] = ()
        if kind in CHOICE_KINDS:
            options = _options_of(item.get("options"), (*here, "options"), problems)
        elif item.get("options"):
            problems.append(FieldProblem((*here, "options"), "scale questions have no options"))
        required = item.get("required", True)
        if not isinstance(required, bool):
            problems.append(FieldProblem((*here, "required"), "must be true or false"))
        if len(problems) == before:
            questions.append(
                Question(key=item["key"], text=item["text"].strip(), kind=kind, options=options, required=required)
            )
    if problems:
        raise InvalidInput("Invalid question set", errors=problems)
    return tuple(questions)


def questions_to_raw(questions: Iterable[Question]) -> list[dict[str, Any]]:
    """The stored (JSON) form of a question set; `questions_from_raw` reads it back."""
    return [
        {
            "key": q.key,
            "text": q.text,
            "kind": q.kind.value,
            "options": [{"key": o.key, "text": o.text} for o in q.options],
            "required": q.required,
        }
        for q in questions
    ]


# --- answers --------------------------------------------------------------------------------


def _value_problem(question: Question, value: Any) -> str | None:
    if question.kind == QuestionKind.SCALE_1_5:
        if not isinstance(value, int) or isinstance(value, bool):
            return f"'{question.key}' is a scale question: answer with a whole number"
        if not SCALE_MIN <= value <= SCALE_MAX:
            return f"must be between {SCALE_MIN} and {SCALE_MAX}"
        return None
    if question.kind == QuestionKind.SINGLE_CHOICE:
        if not isinstance(value, str):
            return f"'{question.key}' is a single choice question: answer with one option key"
        if value not in question.option_keys():
            return f"'{value}' is not an option of '{question.key}'"
        return None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return f"'{question.key}' is a multiple choice question: answer with a list of option keys"
    if not value:
        return "choose at least one option"
    if len(set(value)) != len(value):
        return "each option at most once"
    unknown = [v for v in value if v not in question.option_keys()]
    if unknown:
        return f"not options of '{question.key}': {', '.join(map(repr, unknown))}"
    return None


def validate_answers(questionnaire: Questionnaire, raw_answers: Sequence[Mapping[str, Any]]) -> tuple[Answer, ...]:
    """Check answers against the questionnaire they answer; every problem is listed."""
    problems: list[FieldProblem] = []
    answers: list[Answer] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_answers):
        here: tuple[str | int, ...] = ("body", "answers", i)
        key = raw.get("question")
        question = questionnaire.question(key) if isinstance(key, str) else None
        if question is None:
            problems.append(FieldProblem((*here, "question"), f"unknown question {key!r}", "unknown_question"))
            continue
        if key in seen:
            problems.append(FieldProblem((*here, "question"), f"'{key}' is answered twice", "duplicate"))
            continue
        seen.add(key)
        value = raw.get("value")
        problem = _value_problem(question, value)
        if problem:
            problems.append(FieldProblem((*here, "value"), problem, "invalid_answer"))
        importance = raw.get("importance")
        if (
            not isinstance(importance, int)
            or isinstance(importance, bool)
            or not (IMPORTANCE_MIN <= importance <= IMPORTANCE_MAX)
        ):
            problems.append(
                FieldProblem((*here, "importance"), f"must be between {IMPORTANCE_MIN} and {IMPORTANCE_MAX}")
            )
        mandatory = raw.get("mandatory", False)
        if not isinstance(mandatory, bool):
            problems.append(FieldProblem((*here, "mandatory"), "must be true or false"))
        if not problems:
            stored = tuple(value) if question.kind == QuestionKind.MULTIPLE_CHOICE else value
            answers.append(Answer(question=key, value=stored, importance=importance, mandatory=mandatory))
    for question in questionnaire.questions:
        if question.required and question.key not in seen:
            problems.append(
                FieldProblem(("body", "answers"), f"question '{question.key}' is required", "missing_answer")
            )
    if problems:
        raise InvalidInput("Some answers are not valid", errors=problems)
    return tuple(answers)


def answers_to_raw(answers: Iterable[Answer]) -> list[dict[str, Any]]:
    return [
        {
            "question": a.question,
            "value": list(a.value) if isinstance(a.value, tuple) else a.value,
            "importance": a.importance,
            "mandatory": a.mandatory,
        }
        for a in answers
    ]


def answers_from_raw(raw: Iterable[Mapping[str, Any]]) -> tuple[Answer, ...]:
    """Stored answers back into values (they were validated when stored)."""
    return tuple(
        Answer(
            question=item["question"],
            value=tuple(item["value"]) if isinstance(item["value"], list) else item["value"],
            importance=item["importance"],
            mandatory=item["mandatory"],
        )
        for item in raw
    )
