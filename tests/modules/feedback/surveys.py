"""Helpers for surveys' tests: a staff member, a survey published through the API, answering."""

from __future__ import annotations

import json
from typing import Any

from tests.modules.accounts.factories import UserFactory, bearer

QUESTIONS: list[dict[str, Any]] = [
    {"key": "overall", "text": "How was it?", "kind": "scale_1_5"},
    {
        "key": "liked",
        "text": "What did you like?",
        "kind": "multiple_choice",
        "options": [{"key": "talk", "text": "The talk"}, {"key": "price", "text": "The price"}],
    },
    {
        "key": "again",
        "text": "Again?",
        "kind": "single_choice",
        "options": [{"key": "yes", "text": "Yes"}, {"key": "no", "text": "No"}],
    },
    {"key": "why", "text": "Why?", "kind": "free_text", "required": False},
]


def staff():
    return UserFactory(role="manager", is_staff=True)


def send(client, method, path, who, payload=None):
    return client.generic(
        method,
        path,
        data=json.dumps(payload) if payload is not None else "",
        content_type="application/json",
        headers=bearer(who) if who is not None else {},
    )


def published_survey(client, *, moment="manual", audience="everyone", questions=None, by=None) -> int:
    by = by or staff()
    created = send(
        client,
        "POST",
        "/api/feedback/surveys",
        by,
        {"title": "How are we doing?", "moment": moment, "audience": audience, "questions": questions or QUESTIONS},
    )
    assert created.status_code == 201, created.content
    survey_id = created.json()["id"]
    published = send(client, "POST", f"/api/feedback/surveys/{survey_id}/publish", by)
    assert published.status_code == 200, published.content
    return survey_id


def target(client, survey_id, *people, by=None):
    response = send(
        client,
        "POST",
        f"/api/feedback/surveys/{survey_id}/targets",
        by or staff(),
        {"user_ids": [p.pk for p in people]},
    )
    assert response.status_code == 200, response.content
    return response.json()


def due_of(client, person) -> list[dict[str, Any]]:
    response = send(client, "GET", "/api/feedback/surveys/due", person)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def answer(client, person, due, answers=None, version=None):
    body = {
        "version": version or due["version"],
        "answers": answers
        if answers is not None
        else [
            {"question": "overall", "value": 4},
            {"question": "liked", "value": ["talk"]},
            {"question": "again", "value": "yes"},
        ],
    }
    return send(client, "POST", f"/api/feedback/surveys/due/{due['id']}/answer", person, body)
