"""Surveys under real parallel transactions on PostgreSQL: one response per due survey, however many
answers arrive at once, and one due per person when the same moment is announced in parallel."""

from __future__ import annotations

import json
import threading

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from modules.feedback.domain.surveys import Moment
from modules.feedback.models import SurveyAnswer, SurveyDue, SurveyResponse
from modules.feedback.services.surveys import moment_reached
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.feedback.surveys import due_of, published_survey, target

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: SQLite serialises every writer"),
]


def _parallel(n: int, work) -> list:
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[i] = work(i)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_the_same_survey_answered_ten_times_at_once_is_stored_once(client, clock):
    user = UserFactory()
    target(client, published_survey(client), user)
    [due] = due_of(client, user)
    headers = bearer(user)

    def answer(i: int) -> int:
        body = {
            "version": due["version"],
            "answers": [
                {"question": "overall", "value": 1 + i % 5},
                {"question": "liked", "value": ["talk"]},
                {"question": "again", "value": "yes"},
            ],
        }
        return (
            Client()
            .post(
                f"/api/feedback/surveys/due/{due['id']}/answer",
                data=json.dumps(body),
                content_type="application/json",
                headers=headers,
            )
            .status_code
        )

    assert sorted(_parallel(10, answer)) == [201] + [409] * 9
    assert SurveyResponse.objects.count() == 1
    assert SurveyAnswer.objects.filter(question_key="overall").count() == 1


def test_one_moment_announced_eight_times_at_once_makes_one_due(client, clock):
    survey_id = published_survey(client, moment="rematch")
    user = UserFactory()
    _parallel(
        8,
        lambda i: moment_reached(moment=Moment.REMATCH, people={user.pk: "user"}, reason=f"rematch:{i}", now=NOW),
    )
    assert SurveyDue.objects.filter(survey_id=survey_id, user=user).count() == 1
