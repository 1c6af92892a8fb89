from __future__ import annotations

import copy
import json

import pytest

from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db


def _answers_for(client, user) -> list[dict]:
    """A complete valid answer set for whatever is current (the seeded version 1)."""
    questions = client.get("/api/questionnaire/current", headers=bearer(user)).json()["questions"]
    answers = []
    for q in questions:
        if q["kind"] == "scale_1_5":
            value = 3
        elif q["kind"] == "single_choice":
            value = q["options"][0]["key"]
        else:
            value = [o["key"] for o in q["options"][:2]]
        answers.append({"question": q["key"], "value": value, "importance": 2, "mandatory": False})
    return answers


def _put(client, user, body):
    return client.put(
        "/api/questionnaire/answers", data=json.dumps(body), content_type="application/json", headers=bearer(user)
    )


def test_current_needs_sign_in(client):
    response = client.get("/api/questionnaire/current")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_current_serves_the_seeded_version(client):
    body = client.get("/api/questionnaire/current", headers=bearer(UserFactory())).json()
    assert body["version"] == 1
    assert len(body["questions"]) == 10
    assert {q["kind"] for q in body["questions"]} == {"scale_1_5", "single_choice", "multiple_choice"}


@pytest.mark.parametrize("factory", [UserFactory, FriendFactory])
def test_put_then_get_my_answers(client, factory):
    person = factory()
    answers = _answers_for(client, person)
    answers[0]["mandatory"] = True
    answers[0]["importance"] = 5
    response = _put(client, person, {"answers": answers})
    assert response.status_code == 200, response.content
    body = client.get("/api/questionnaire/answers", headers=bearer(person)).json()
    assert body["version"] == 1
    assert body["answers"] == answers


def test_get_answers_before_answering_is_empty(client):
    body = client.get("/api/questionnaire/answers", headers=bearer(UserFactory())).json()
    assert body == {"version": 1, "answers": [], "updated_at": None}


def test_nobody_reads_someone_elses_answers(client):
    owner, other = UserFactory(), FriendFactory()
    assert _put(client, owner, {"answers": _answers_for(client, owner)}).status_code == 200
    assert client.get("/api/questionnaire/answers", headers=bearer(other)).json()["answers"] == []


def test_put_replaces(client):
    person = UserFactory()
    answers = _answers_for(client, person)
    _put(client, person, {"answers": answers})
    answers[0]["value"] = 5
    _put(client, person, {"answers": answers})
    assert QuestionnaireAnswers.objects.filter(user=person).count() == 1
    assert QuestionnaireAnswers.objects.get(user=person).answers[0]["value"] == 5


def test_invalid_answers_list_every_problem_and_write_nothing(client):
    person = UserFactory()
    answers = _answers_for(client, person)
    _put(client, person, {"answers": answers})
    before = list(QuestionnaireAnswers.objects.values())
    bad = copy.deepcopy(answers)
    scale = next(i for i, a in enumerate(bad) if isinstance(a["value"], int))
    choice = next(i for i, a in enumerate(bad) if isinstance(a["value"], str))
    bad[scale]["value"] = 9
    bad[choice]["value"] = "not-an-option"
    bad.append({"question": "unknown_key", "value": 1, "importance": 1, "mandatory": False})
    dropped = bad.pop(-2)["question"]  # leave a required question unanswered
    response = _put(client, person, {"answers": bad})
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid_input"
    types = sorted(e["type"] for e in problem["errors"])
    assert types == ["invalid_answer", "invalid_answer", "missing_answer", "unknown_question"]
    assert any(dropped in e["msg"] for e in problem["errors"])
    assert list(QuestionnaireAnswers.objects.values()) == before


@pytest.mark.parametrize(
    "body",
    [
        {"answers": [{"question": "social_energy", "value": 3, "importance": 6, "mandatory": False}]},
        {"answers": [{"question": "social_energy", "value": 3.5, "importance": 1}]},
        {"answers": [{"question": "social_energy", "value": 3, "importance": 1, "user_id": 5}]},
        {"answers": "all of them"},
        {},
    ],
)
def test_malformed_bodies_are_422(client, body):
    person = UserFactory()
    response = _put(client, person, body)
    assert response.status_code == 422, response.content
    assert not QuestionnaireAnswers.objects.exists()


def test_staff_publish_a_new_version(client):
    manager = UserFactory(role="manager")
    questions = [
        {"key": "pace", "text": "I like a slow pace.", "kind": "scale_1_5"},
        {
            "key": "pets",
            "text": "Pets?",
            "kind": "single_choice",
            "options": [{"key": "cats", "text": "Cats"}, {"key": "dogs", "text": "Dogs"}],
        },
    ]
    response = client.post(
        "/api/questionnaire/versions",
        data=json.dumps({"questions": questions}),
        content_type="application/json",
        headers=bearer(manager),
    )
    assert response.status_code == 201, response.content
    assert response.json()["version"] == 2
    current = client.get("/api/questionnaire/current", headers=bearer(UserFactory())).json()
    assert [q["key"] for q in current["questions"]] == ["pace", "pets"]
    assert list(QuestionnaireVersion.objects.filter(is_current=True).values_list("number", flat=True)) == [2]


def test_invalid_version_is_422_and_publishes_nothing(client):
    response = client.post(
        "/api/questionnaire/versions",
        data=json.dumps({"questions": [{"key": "x", "text": "Choose", "kind": "single_choice", "options": []}]}),
        content_type="application/json",
        headers=bearer(UserFactory(role="admin")),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "questions", 0, "options"]
    assert QuestionnaireVersion.objects.count() == 1


@pytest.mark.parametrize("factory", [UserFactory, FriendFactory])
def test_non_staff_cannot_publish(client, factory):
    response = client.post(
        "/api/questionnaire/versions",
        data=json.dumps({"questions": [{"key": "pace", "text": "Slow?", "kind": "scale_1_5"}]}),
        content_type="application/json",
        headers=bearer(factory()),
    )
    assert response.status_code == 403
    assert QuestionnaireVersion.objects.count() == 1
