"""Pure rules: no database, no Django."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from core.errors import InvalidInput
from modules.personality.domain.questionnaire import (
    QuestionKind,
    Questionnaire,
    answers_from_raw,
    answers_to_raw,
    questions_from_raw,
    questions_to_raw,
    validate_answers,
)
from tests.modules.personality.samples import ANSWERS, QUESTIONS

QUESTIONNAIRE = Questionnaire(version=1, questions=questions_from_raw(QUESTIONS), published_at=datetime.now(UTC))


def _problems(exc: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[tuple, str]]:
    return [(p.loc, p.type) for p in exc.value.errors]


class TestQuestionSets:
    def test_round_trip(self):
        questions = questions_from_raw(QUESTIONS)
        assert [q.kind for q in questions] == [
            QuestionKind.SCALE_1_5,
            QuestionKind.SINGLE_CHOICE,
            QuestionKind.MULTIPLE_CHOICE,
        ]
        assert questions_to_raw(questions) == QUESTIONS

    def test_every_problem_is_listed(self):
        raw = copy.deepcopy(QUESTIONS)
        raw[0]["options"] = [{"key": "a", "text": "A"}]  # scale with options
        raw[1]["options"] = [{"key": "deep", "text": "Deep"}]  # one option only
        raw[2]["key"] = "energy"  # duplicate key
        raw.append({"key": "Bad Key", "text": " ", "kind": "essay"})
        with pytest.raises(InvalidInput) as exc:
            questions_from_raw(raw)
        locs = {p.loc for p in exc.value.errors}
        assert locs == {
            ("body", "questions", 0, "options"),
            ("body", "questions", 1, "options"),
            ("body", "questions", 2, "key"),
            ("body", "questions", 3, "key"),
            ("body", "questions", 3, "text"),
            ("body", "questions", 3, "kind"),
        }

    def test_duplicate_option_keys_and_empty_sets_are_refused(self):
        raw = copy.deepcopy(QUESTIONS)
        raw[1]["options"] = [{"key": "deep", "text": "Deep"}, {"key": "deep", "text": "Deeper"}]
        with pytest.raises(InvalidInput):
            questions_from_raw(raw)
        with pytest.raises(InvalidInput):
            questions_from_raw([])


class TestAnswers:
    def test_valid_answers_are_kept_with_tuples_for_multiple_choice(self):
        answers = validate_answers(QUESTIONNAIRE, ANSWERS)
        assert answers[2].value == ("books", "food")
        assert answers[1].mandatory is True
        assert answers_from_raw(answers_to_raw(answers)) == answers

    def test_optional_questions_may_be_left_out(self):
        assert len(validate_answers(QUESTIONNAIRE, ANSWERS[:2])) == 2

    @pytest.mark.parametrize(
        ("index", "change", "loc", "kind"),
        [
            (0, {"question": "nope"}, ("body", "answers", 0, "question"), "unknown_question"),
            (0, {"value": 6}, ("body", "answers", 0, "value"), "invalid_answer"),
            (0, {"value": 0}, ("body", "answers", 0, "value"), "invalid_answer"),
            (0, {"value": "4"}, ("body", "answers", 0, "value"), "invalid_answer"),
            (0, {"value": True}, ("body", "answers", 0, "value"), "invalid_answer"),
            (1, {"value": "medium"}, ("body", "answers", 1, "value"), "invalid_answer"),
            (1, {"value": ["deep"]}, ("body", "answers", 1, "value"), "invalid_answer"),
            (2, {"value": ["books", "cars"]}, ("body", "answers", 2, "value"), "invalid_answer"),
            (2, {"value": []}, ("body", "answers", 2, "value"), "invalid_answer"),
            (2, {"value": ["books", "books"]}, ("body", "answers", 2, "value"), "invalid_answer"),
            (2, {"value": "books"}, ("body", "answers", 2, "value"), "invalid_answer"),
            (0, {"importance": 6}, ("body", "answers", 0, "importance"), "invalid"),
            (0, {"importance": -1}, ("body", "answers", 0, "importance"), "invalid"),
        ],
    )
    def test_each_kind_of_bad_answer_is_named(self, index, change, loc, kind):
        raw = copy.deepcopy(ANSWERS)
        raw[index].update(change)
        with pytest.raises(InvalidInput) as exc:
            validate_answers(QUESTIONNAIRE, raw)
        assert (loc, kind) in _problems(exc)

    def test_missing_required_and_duplicates_are_all_listed(self):
        raw = [copy.deepcopy(ANSWERS[2]), copy.deepcopy(ANSWERS[2])]
        with pytest.raises(InvalidInput) as exc:
            validate_answers(QUESTIONNAIRE, raw)
        problems = exc.value.errors
        assert [(p.loc, p.type) for p in problems] == [
            (("body", "answers", 1, "question"), "duplicate"),
            (("body", "answers"), "missing_answer"),
            (("body", "answers"), "missing_answer"),
        ]
        assert {"energy", "style"} == {p.msg.split("'")[1] for p in problems if p.type == "missing_answer"}


def test_seeded_version_1_is_a_valid_question_set():
    from importlib import import_module

    seed = import_module("modules.personality.migrations.0002_seed_version_1")
    questions = questions_from_raw(seed.VERSION_1)
    assert 8 <= len(questions) <= 12
    assert {q.kind for q in questions} == set(QuestionKind)
