"""Surveys' pure rules: question sets, answers against a version, audiences, result figures, CSV cells."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput
from modules.feedback.domain import surveys as rules
from modules.feedback.domain.surveys import Answer, QuestionKind

QUESTIONS = rules.questions_from_raw(
    [
        {"key": "overall", "text": "How was it?", "kind": "scale_1_5"},
        {
            "key": "liked",
            "text": "What did you like?",
            "kind": "multiple_choice",
            "options": [{"key": "talk", "text": "Talk"}, {"key": "price", "text": "Price"}],
        },
        {
            "key": "again",
            "text": "Again?",
            "kind": "single_choice",
            "options": [{"key": "yes", "text": "Yes"}, {"key": "no", "text": "No"}],
        },
        {"key": "why", "text": "Why?", "kind": "free_text", "required": False},
    ]
)


def _problems(excinfo) -> list[tuple[tuple, str]]:
    return [(p.loc, p.type) for p in excinfo.value.errors]


def test_a_question_set_round_trips_through_its_stored_form():
    assert rules.questions_from_raw(rules.questions_to_raw(QUESTIONS)) == QUESTIONS
    assert [q.kind for q in QUESTIONS] == [
        QuestionKind.SCALE_1_5,
        QuestionKind.MULTIPLE_CHOICE,
        QuestionKind.SINGLE_CHOICE,
        QuestionKind.FREE_TEXT,
    ]


def test_every_problem_of_a_question_set_is_listed_at_once():
    with pytest.raises(InvalidInput) as excinfo:
        rules.questions_from_raw(
            [
                {"key": "Bad Key", "text": "x", "kind": "scale_1_5"},
                {"key": "a", "text": "", "kind": "single_choice", "options": [{"key": "o", "text": "only one"}]},
                {"key": "a", "text": "dup", "kind": "free_text", "options": [{"key": "x", "text": "x"}]},
                {"key": "k", "text": "k", "kind": "essay"},
            ]
        )
    locs = {p.loc for p in excinfo.value.errors}
    assert ("body", "questions", 0, "key") in locs
    assert ("body", "questions", 1, "text") in locs
    assert ("body", "questions", 1, "options") in locs
    assert ("body", "questions", 2, "key") in locs  # duplicate key
    assert ("body", "questions", 2, "options") in locs  # free text has no options
    assert ("body", "questions", 3, "kind") in locs


@pytest.mark.parametrize("count", [0, rules.MAX_QUESTIONS + 1])
def test_a_survey_has_one_to_twenty_questions(count):
    raw = [{"key": f"q{i}", "text": "t", "kind": "scale_1_5"} for i in range(count)]
    with pytest.raises(InvalidInput):
        rules.questions_from_raw(raw)


def test_valid_answers_become_countable_answers():
    answers = rules.validate_answers(
        QUESTIONS,
        [
            {"question": "overall", "value": 4},
            {"question": "liked", "value": ["talk", "price"]},
            {"question": "again", "value": "yes"},
            {"question": "why", "value": "  kind people  "},
        ],
    )
    assert answers == (
        Answer("overall", scale=4),
        Answer("liked", choices=("talk", "price")),
        Answer("again", choices=("yes",)),
        Answer("why", text="kind people"),
    )


def test_an_optional_question_may_be_left_out():
    answers = rules.validate_answers(
        QUESTIONS,
        [
            {"question": "overall", "value": 1},
            {"question": "liked", "value": ["talk"]},
            {"question": "again", "value": "no"},
        ],
    )
    assert {a.question for a in answers} == {"overall", "liked", "again"}


def test_answers_are_checked_against_the_version_and_every_problem_listed():
    with pytest.raises(InvalidInput) as excinfo:
        rules.validate_answers(
            QUESTIONS,
            [
                {"question": "overall", "value": 6},
                {"question": "liked", "value": ["talk", "nope"]},
                {"question": "nope", "value": 1},
                {"question": "why", "value": "x" * (rules.ANSWER_TEXT_MAX + 1)},
                {"question": "why", "value": "again"},
            ],
        )
    assert _problems(excinfo) == [
        (("body", "answers", 0, "value"), "invalid_answer"),
        (("body", "answers", 1, "value"), "invalid_answer"),
        (("body", "answers", 2, "question"), "unknown_question"),
        (("body", "answers", 3, "value"), "invalid_answer"),
        (("body", "answers", 4, "question"), "duplicate"),
        (("body", "answers"), "missing_answer"),  # "again" is required
    ]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("overall", True),  # a boolean is no scale value
        ("overall", "4"),
        ("overall", 0),
        ("again", ["yes"]),
        ("again", "maybe"),
        ("liked", []),
        ("liked", ["talk", "talk"]),
        ("liked", "talk"),
        ("why", "   "),
        ("why", 3),
    ],
)
def test_wrong_values_are_refused(question, value):
    base = {"overall": 3, "liked": ["talk"], "again": "yes"}
    raw = [{"question": k, "value": v} for k, v in {**base, question: value}.items()]
    with pytest.raises(InvalidInput) as excinfo:
        rules.validate_answers(QUESTIONS, raw)
    assert [p.type for p in excinfo.value.errors] == ["invalid_answer"]


def test_audiences():
    assert rules.audience_includes("users", "user")
    assert not rules.audience_includes("users", "friend")
    assert rules.audience_includes("friends", "friend")
    assert not rules.audience_includes("friends", "user")
    assert rules.audience_includes("everyone", "user")
    assert rules.audience_includes("everyone", "friend")


@pytest.mark.parametrize(
    ("distribution", "expected"),
    [
        ({}, (0, None, None)),
        ({3: 1}, (1, 3.0, 3.0)),
        ({1: 1, 5: 1}, (2, 3.0, 3.0)),
        ({1: 1, 2: 1, 5: 2}, (4, 3.25, 3.5)),
        ({1: 3, 5: 1}, (4, 2.0, 1.0)),
        ({2: 2, 4: 2, 5: 3}, (7, 3.86, 4.0)),
    ],
)
def test_scale_figures_follow_from_the_distribution(distribution, expected):
    assert rules.scale_figures(distribution) == expected


def test_csv_cells():
    assert rules.csv_cell(None) == ""
    assert rules.csv_cell(Answer("q", scale=2)) == "2"
    assert rules.csv_cell(Answer("q", choices=("a", "b"))) == "a;b"
    assert rules.csv_cell(Answer("q", text='he said "hi", then left')) == 'he said "hi", then left'
    for formula in ("=1+1", "+1", "-1", "@SUM(A1)"):
        assert rules.spreadsheet_safe(formula) == "'" + formula
    assert rules.spreadsheet_safe("fine") == "fine"
