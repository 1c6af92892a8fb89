"""Surveys, pure Python: what a valid question set and a valid response are, who a moment asks,
and the figures a result shows.

The question kinds are the questionnaire's (personality) plus free text; the tables are feedback's
own. A survey is versioned like the questionnaire: staff edit a draft, publishing it makes it the
version people answer and freezes the one before; a response always names the version it answered.
Every check collects all problems before refusing, so a client can fix a form in one go.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.errors import FieldProblem, InvalidInput


class QuestionKind(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE_1_5 = "scale_1_5"
    FREE_TEXT = "free_text"


class Moment(StrEnum):
    """When a survey becomes due for a person."""

    FIRST_SESSION = "first_session"  # after the person's first completed session
    REMATCH = "rematch"  # a user asked for a re-match: why these friends were not right (exit survey)
    SUBSCRIPTION_CANCELLED = "subscription_cancelled"  # a user cancelled their subscription
    MANUAL = "manual"  # staff target people by id


class Audience(StrEnum):
    """Whose moments a survey follows (a session has both sides; the other moments are users')."""

    USERS = "users"
    FRIENDS = "friends"
    EVERYONE = "everyone"


class VersionStatus(StrEnum):
    DRAFT = "draft"  # staff may still change it; nobody answers it
    PUBLISHED = "published"  # the one version people answer now (at most one per survey)
    FROZEN = "frozen"  # answered before, never changed again


class DueStatus(StrEnum):
    PENDING = "pending"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})
SCALE_VALUES = range(1, 6)
MAX_QUESTIONS = 20  # short surveys: more than this and people stop answering
MIN_OPTIONS, MAX_OPTIONS = 2, 20
MAX_TEXT = 300  # a question's or option's wording
ANSWER_TEXT_MAX = 2000  # a free-text answer
TITLE_MAX = 120
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


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

    def option_keys(self) -> tuple[str, ...]:
        return tuple(o.key for o in self.options)


@dataclass(frozen=True)
class Answer:
    """One answered question: `choices` for choice kinds, `scale` for 1-5, `text` for free text."""

    question: str
    choices: tuple[str, ...] = ()
    scale: int | None = None
    text: str = ""


def audience_includes(audience: str, side: str) -> bool:
    """`side` is "user" or "friend" (the person's side of the moment)."""
    return audience == Audience.EVERYONE or audience == f"{side}s"


# --- question sets ------------------------------------------------------------------------------


def _text_problem(value: Any, loc: tuple[str | int, ...]) -> FieldProblem | None:
    if not isinstance(value, str) or not value.strip():
        return FieldProblem(loc, "must be a non-empty text")
    if len(value) > MAX_TEXT:
        return FieldProblem(loc, f"at most {MAX_TEXT} characters")
    return None


def _key_problem(value: Any, loc: tuple[str | int, ...]) -> FieldProblem | None:
    if not isinstance(value, str) or not _KEY.match(value):
        return FieldProblem(loc, "must be a key like 'why_leaving' (lower case, digits, underscores)")
    return None


def _options(raw: Any, loc: tuple[str | int, ...], problems: list[FieldProblem]) -> tuple[Option, ...]:
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
    """Validate a question set (as staff send it, or as stored) and build the questions."""
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
            options = _options(item.get("options"), (*here, "options"), problems)
        elif item.get("options"):
            problems.append(FieldProblem((*here, "options"), f"{kind} questions have no options"))
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


def questions_to_raw(questions: Sequence[Question]) -> list[dict[str, Any]]:
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


# --- responses ----------------------------------------------------------------------------------


def _answer(question: Question, value: Any) -> Answer | str:
    """The answer to `question`, or what is wrong with `value`."""
    if question.kind == QuestionKind.SCALE_1_5:
        if not isinstance(value, int) or isinstance(value, bool):
            return f"'{question.key}' is a 1-5 scale: answer with a whole number"
        if value not in SCALE_VALUES:
            return "must be between 1 and 5"
        return Answer(question.key, scale=value)
    if question.kind == QuestionKind.FREE_TEXT:
        if not isinstance(value, str):
            return f"'{question.key}' is a free text question: answer with text"
        text = value.strip()
        if not text:
            return "must not be blank (leave an optional question out instead)"
        if len(text) > ANSWER_TEXT_MAX:
            return f"at most {ANSWER_TEXT_MAX} characters"
        return Answer(question.key, text=text)
    if question.kind == QuestionKind.SINGLE_CHOICE:
        if not isinstance(value, str):
            return f"'{question.key}' is a single choice question: answer with one option key"
        if value not in question.option_keys():
            return f"'{value}' is not an option of '{question.key}'"
        return Answer(question.key, choices=(value,))
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return f"'{question.key}' is a multiple choice question: answer with a list of option keys"
    if not value:
        return "choose at least one option"
    if len(set(value)) != len(value):
        return "each option at most once"
    unknown = [v for v in value if v not in question.option_keys()]
    if unknown:
        return f"not options of '{question.key}': {', '.join(map(repr, unknown))}"
    return Answer(question.key, choices=tuple(value))


def validate_answers(questions: Sequence[Question], raw_answers: Sequence[Mapping[str, Any]]) -> tuple[Answer, ...]:
    """Check a response against the version it answers; every problem is listed."""
    by_key = {q.key: q for q in questions}
    problems: list[FieldProblem] = []
    answers: list[Answer] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_answers):
        here: tuple[str | int, ...] = ("body", "answers", i)
        key = raw.get("question")
        question = by_key.get(key) if isinstance(key, str) else None
        if question is None:
            problems.append(FieldProblem((*here, "question"), f"unknown question {key!r}", "unknown_question"))
            continue
        if key in seen:
            problems.append(FieldProblem((*here, "question"), f"'{key}' is answered twice", "duplicate"))
            continue
        seen.add(key)
        found = _answer(question, raw.get("value"))
        if isinstance(found, str):
            problems.append(FieldProblem((*here, "value"), found, "invalid_answer"))
        else:
            answers.append(found)
    for question in questions:
        if question.required and question.key not in seen:
            problems.append(
                FieldProblem(("body", "answers"), f"question '{question.key}' is required", "missing_answer")
            )
    if problems:
        raise InvalidInput("Some answers are not valid", errors=problems)
    return tuple(answers)


# --- results ------------------------------------------------------------------------------------


def scale_figures(distribution: Mapping[int, int]) -> tuple[int, float | None, float | None]:
    """(count, mean, median) of 1-5 answers from their distribution (value -> how many).

    The distribution is counted by the database (GROUP BY); with five possible values the mean and
    the median follow exactly from it. The median of an even count is the mean of the two middle ones.
    """
    count = sum(distribution.values())
    if count == 0:
        return 0, None, None
    mean = round(sum(value * n for value, n in distribution.items()) / count, 2)
    ordered = sorted(distribution.items())

    def nth(position: int) -> int:  # 0-based position in the sorted answers
        seen = 0
        for value, n in ordered:
            seen += n
            if position < seen:
                return value
        raise AssertionError("position beyond the count")

    middle = count // 2
    median = float(nth(middle)) if count % 2 else (nth(middle - 1) + nth(middle)) / 2
    return count, mean, median


def csv_cell(answer: Answer | None) -> str:
    """One answer as a CSV cell: option keys joined by ';', the scale value, or the text."""
    if answer is None:
        return ""
    if answer.scale is not None:
        return str(answer.scale)
    if answer.choices:
        return ";".join(answer.choices)
    return answer.text


def spreadsheet_safe(cell: str) -> str:
    """Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote
    (OWASP's CSV injection advice); people's free text ends up in staff's spreadsheets."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
