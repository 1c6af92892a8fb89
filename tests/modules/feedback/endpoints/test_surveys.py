"""/api/feedback/surveys over HTTP: staff define, version and publish; people answer once or dismiss;
staff read results and export CSV."""

from __future__ import annotations

import csv
import io

import pytest

from modules.feedback.models import Survey, SurveyAnswer, SurveyDue, SurveyResponse, SurveyVersion
from modules.notifications.models import Notification
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.feedback.surveys import QUESTIONS, answer, due_of, published_survey, send, staff, target
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def _snapshot():
    return [
        list(m.objects.order_by("pk").values())
        for m in (Survey, SurveyVersion, SurveyDue, SurveyResponse, SurveyAnswer)
    ]


class TestDefining:
    def test_staff_create_a_draft_that_asks_nobody_until_published(self, client, clock):
        manager, user = staff(), UserFactory()
        created = send(
            client,
            "POST",
            "/api/feedback/surveys",
            manager,
            {"title": "  Hello  ", "moment": "manual", "questions": QUESTIONS},
        )
        assert created.status_code == 201, created.content
        body = created.json()
        assert (body["title"], body["audience"], body["published_version"], body["draft_version"]) == (
            "Hello",
            "users",
            None,
            1,
        )
        assert [v["status"] for v in body["versions"]] == ["draft"]
        refused = send(client, "POST", f"/api/feedback/surveys/{body['id']}/targets", manager, {"user_ids": [user.pk]})
        assert (refused.status_code, refused.json()["code"]) == (422, "survey_not_open")
        assert due_of(client, user) == []

    def test_publishing_a_new_version_freezes_the_old_one(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager)
        detail = send(client, "GET", f"/api/feedback/surveys/{survey_id}", manager).json()
        assert [(v["number"], v["status"]) for v in detail["versions"]] == [(1, "published")]
        new_questions = [{"key": "overall", "text": "How was it, really?", "kind": "scale_1_5"}]
        drafted = send(client, "PUT", f"/api/feedback/surveys/{survey_id}/draft", manager, {"questions": new_questions})
        assert [(v["number"], v["status"]) for v in drafted.json()["versions"]] == [(2, "draft"), (1, "published")]
        # Editing the draft again replaces it; the published version is untouched.
        new_questions[0]["text"] = "How was it, honestly?"
        again = send(client, "PUT", f"/api/feedback/surveys/{survey_id}/draft", manager, {"questions": new_questions})
        assert again.json()["versions"][0]["questions"][0]["text"] == "How was it, honestly?"
        published = send(client, "POST", f"/api/feedback/surveys/{survey_id}/publish", manager).json()
        assert [(v["number"], v["status"]) for v in published["versions"]] == [(2, "published"), (1, "frozen")]
        assert published["published_version"] == 2
        assert published["versions"][1]["questions"] == [
            {**q, "options": q.get("options", []), "required": q.get("required", True)} for q in QUESTIONS
        ]
        nothing = send(client, "POST", f"/api/feedback/surveys/{survey_id}/publish", manager)
        assert (nothing.status_code, nothing.json()["code"]) == (409, "survey_no_draft")

    def test_invalid_questions_are_refused_with_every_problem_and_nothing_written(self, client):
        before = _snapshot()
        bad = send(
            client,
            "POST",
            "/api/feedback/surveys",
            staff(),
            {
                "title": "x",
                "moment": "manual",
                "questions": [
                    {"key": "a", "text": "t", "kind": "single_choice", "options": [{"key": "o", "text": "one"}]},
                    {"key": "a", "text": "t", "kind": "scale_1_5"},
                ],
            },
        )
        assert bad.status_code == 422
        assert len(bad.json()["errors"]) == 2
        assert (
            send(
                client,
                "POST",
                "/api/feedback/surveys",
                staff(),
                {"title": "x", "moment": "someday", "questions": QUESTIONS},
            ).status_code
            == 422
        )
        assert _snapshot() == before

    def test_rename_close_and_delete(self, client, clock):
        manager, user = staff(), UserFactory()
        survey_id = published_survey(client, by=manager)
        target(client, survey_id, user)
        patched = send(
            client, "PATCH", f"/api/feedback/surveys/{survey_id}", manager, {"title": "New", "is_active": False}
        )
        assert (patched.json()["title"], patched.json()["is_active"]) == ("New", False)
        # Closed: the pending due is hidden, and answering it is refused.
        assert due_of(client, user) == []
        due_id = SurveyDue.objects.get(user=user).pk
        closed = answer(client, user, {"id": due_id, "version": 1})
        assert closed.status_code == 404
        in_use = send(client, "DELETE", f"/api/feedback/surveys/{survey_id}", manager)
        assert (in_use.status_code, in_use.json()["code"]) == (409, "survey_in_use")
        unused = published_survey(client, by=manager)
        assert send(client, "DELETE", f"/api/feedback/surveys/{unused}", manager).status_code == 204
        assert not Survey.objects.filter(pk=unused).exists()
        assert send(client, "GET", f"/api/feedback/surveys/{unused}", manager).status_code == 404

    def test_the_list_is_paginated_in_constant_queries(self, client, clock):
        manager = staff()

        def add(n):
            for _ in range(n):
                published_survey(client, by=manager)

        assert_constant_queries(lambda: send(client, "GET", "/api/feedback/surveys?limit=50", manager), add)
        filtered = send(client, "GET", "/api/feedback/surveys?moment=rematch", manager).json()
        assert filtered["total"] == 0


class TestAnswering:
    def test_a_targeted_person_sees_the_survey_answers_once_and_a_second_answer_is_409(self, client, clock):
        user, other = UserFactory(), UserFactory()
        survey_id = published_survey(client)
        result = target(client, survey_id, user, user)
        assert (result["asked"], result["already"], result["unknown"]) == (1, 0, [])
        assert target(client, survey_id, user)["already"] == 1
        asked = Notification.objects.filter(user=user, kind="feedback_request")
        assert asked.count() == 1
        [due] = due_of(client, user)
        assert (due["survey_id"], due["version"], len(due["questions"])) == (survey_id, 1, 4)
        assert due_of(client, other) == []
        # Someone else cannot answer or dismiss it: for them it does not exist.
        assert answer(client, other, due).status_code == 404
        assert send(client, "POST", f"/api/feedback/surveys/due/{due['id']}/dismiss", other).status_code == 404
        first = answer(client, user, due)
        assert first.status_code == 201, first.content
        assert first.json()["version"] == 1
        second = answer(client, user, due)
        assert (second.status_code, second.json()["code"]) == (409, "survey_already_answered")
        assert second.json()["version"] == 1
        dismiss = send(client, "POST", f"/api/feedback/surveys/due/{due['id']}/dismiss", user)
        assert (dismiss.status_code, dismiss.json()["code"]) == (409, "survey_already_answered")
        assert SurveyResponse.objects.count() == 1
        assert sorted(SurveyAnswer.objects.values_list("question_key", flat=True)) == ["again", "liked", "overall"]
        assert due_of(client, user) == []

    def test_answers_are_validated_against_the_version_and_nothing_is_written(self, client, clock):
        user = UserFactory()
        target(client, published_survey(client), user)
        [due] = due_of(client, user)
        before = _snapshot()
        cases = [
            [
                {"question": "overall", "value": 9},
                {"question": "liked", "value": ["talk"]},
                {"question": "again", "value": "yes"},
            ],
            [
                {"question": "overall", "value": 3},
                {"question": "liked", "value": ["nope"]},
                {"question": "again", "value": "yes"},
            ],
            [{"question": "overall", "value": 3}, {"question": "liked", "value": ["talk"]}],  # "again" is required
            [
                {"question": "overall", "value": 3},
                {"question": "liked", "value": ["talk"]},
                {"question": "again", "value": "yes"},
                {"question": "why", "value": "x" * 2001},
            ],
            [
                {"question": "overall", "value": True},
                {"question": "liked", "value": ["talk"]},
                {"question": "again", "value": "yes"},
            ],
        ]
        for answers in cases:
            refused = answer(client, user, due, answers)
            assert refused.status_code == 422, (answers, refused.content)
            assert refused.json()["errors"], refused.content
        assert _snapshot() == before

    def test_dismissing_is_idempotent_and_closes_the_survey(self, client, clock):
        user = UserFactory()
        target(client, published_survey(client), user)
        [due] = due_of(client, user)
        path = f"/api/feedback/surveys/due/{due['id']}/dismiss"
        first = send(client, "POST", path, user)
        assert (first.status_code, first.json()["status"]) == (200, "dismissed")
        assert send(client, "POST", path, user).json() == first.json()
        assert due_of(client, user) == []
        late = answer(client, user, due)
        assert (late.status_code, late.json()["code"]) == (409, "survey_dismissed")

    def test_a_newer_version_must_be_answered_and_the_response_names_it(self, client, clock):
        manager, user = staff(), UserFactory()
        survey_id = published_survey(client, by=manager)
        target(client, survey_id, user, by=manager)
        [seen] = due_of(client, user)
        questions = [{"key": "overall", "text": "Rate us", "kind": "scale_1_5"}]
        send(client, "PUT", f"/api/feedback/surveys/{survey_id}/draft", manager, {"questions": questions})
        send(client, "POST", f"/api/feedback/surveys/{survey_id}/publish", manager)
        stale = answer(client, user, seen)
        assert (stale.status_code, stale.json()["code"], stale.json()["version"]) == (409, "survey_version_changed", 2)
        [fresh] = due_of(client, user)
        assert fresh["version"] == 2
        assert answer(client, user, fresh, [{"question": "overall", "value": 5}]).status_code == 201
        assert SurveyResponse.objects.get().version.number == 2

    def test_only_manual_surveys_are_targeted_and_unknown_people_are_reported(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager, moment="rematch")
        refused = send(client, "POST", f"/api/feedback/surveys/{survey_id}/targets", manager, {"user_ids": [1]})
        assert (refused.status_code, refused.json()["code"]) == (422, "survey_not_manual")
        manual, friend = published_survey(client, by=manager), FriendFactory()
        gone = UserFactory(is_active=False)
        result = send(
            client,
            "POST",
            f"/api/feedback/surveys/{manual}/targets",
            manager,
            {"user_ids": [friend.pk, gone.pk, 10**12]},
        ).json()
        assert result == {"asked": 1, "already": 0, "unknown": [gone.pk, 10**12]}

    def test_the_due_list_is_constant_in_queries(self, client, clock):
        user, manager = UserFactory(), staff()

        def add(n):
            for _ in range(n):
                target(client, published_survey(client, by=manager), user, by=manager)

        assert_constant_queries(lambda: send(client, "GET", "/api/feedback/surveys/due?limit=50", user), add)


def _answer_many(client, survey_id, rows, manager):
    """Each row: (overall, liked, again, why or None) answered by a new person."""
    for overall, liked, again, why in rows:
        person = UserFactory()
        target(client, survey_id, person, by=manager)
        [due] = due_of(client, person)
        answers = [
            {"question": "overall", "value": overall},
            {"question": "liked", "value": liked},
            {"question": "again", "value": again},
        ]
        if why is not None:
            answers.append({"question": "why", "value": why})
        assert answer(client, person, due, answers).status_code == 201


class TestResults:
    def test_results_count_per_option_and_summarise_the_scale(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager)
        _answer_many(
            client,
            survey_id,
            [
                (1, ["talk"], "yes", "kind"),
                (2, ["talk", "price"], "yes", None),
                (5, ["price"], "no", "too short"),
                (5, ["talk"], "yes", None),
            ],
            manager,
        )
        results = send(client, "GET", f"/api/feedback/surveys/{survey_id}/results", manager).json()
        assert (results["version"], results["respondents"]) == (1, 4)
        by_key = {q["key"]: q for q in results["questions"]}
        assert by_key["overall"]["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 0, "5": 2}
        assert (by_key["overall"]["mean"], by_key["overall"]["median"], by_key["overall"]["answered"]) == (3.25, 3.5, 4)
        assert [(c["key"], c["count"]) for c in by_key["liked"]["choices"]] == [("talk", 3), ("price", 2)]
        assert by_key["liked"]["answered"] == 4
        assert [(c["key"], c["count"]) for c in by_key["again"]["choices"]] == [("yes", 3), ("no", 1)]
        assert (by_key["why"]["texts"], by_key["why"]["answered"]) == (2, 2)
        texts = send(client, "GET", f"/api/feedback/surveys/{survey_id}/results/texts?question=why&limit=1", manager)
        assert texts.json()["total"] == 2
        assert len(texts.json()["items"]) == 1
        every_text = send(client, "GET", f"/api/feedback/surveys/{survey_id}/results/texts", manager).json()
        assert sorted((t["question"], t["text"]) for t in every_text["items"]) == [
            ("why", "kind"),
            ("why", "too short"),
        ]
        not_text = send(client, "GET", f"/api/feedback/surveys/{survey_id}/results/texts?question=overall", manager)
        assert not_text.status_code == 422
        assert send(client, "GET", f"/api/feedback/surveys/{survey_id}/results?version=9", manager).status_code == 404

    def test_results_of_a_frozen_version_stay_with_it(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager)
        _answer_many(client, survey_id, [(3, ["talk"], "yes", None)], manager)
        send(client, "PUT", f"/api/feedback/surveys/{survey_id}/draft", manager, {"questions": QUESTIONS})
        send(client, "POST", f"/api/feedback/surveys/{survey_id}/publish", manager)
        assert send(client, "GET", f"/api/feedback/surveys/{survey_id}/results", manager).json()["respondents"] == 0
        old = send(client, "GET", f"/api/feedback/surveys/{survey_id}/results?version=1", manager).json()
        assert old["respondents"] == 1

    def test_results_and_texts_take_constant_queries(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager)

        def add(n):
            _answer_many(client, survey_id, [(n % 5 + 1, ["talk", "price"], "no", f"text {n}")] * n, manager)

        assert_constant_queries(
            lambda: send(client, "GET", f"/api/feedback/surveys/{survey_id}/results", manager),
            add,
            count=lambda body: body["respondents"],
        )
        assert_constant_queries(
            lambda: send(
                client, "GET", f"/api/feedback/surveys/{survey_id}/results/texts?question=why&limit=50", manager
            ),
            lambda n: _answer_many(client, survey_id, [(1, ["talk"], "no", "more")] * n, manager),
            count=lambda body: body["total"] - 12,
        )

    def test_the_csv_export_quotes_properly_and_defuses_formulas(self, client, clock):
        manager = staff()
        survey_id = published_survey(client, by=manager)
        tricky = 'She said "hi", then\nleft'
        _answer_many(
            client,
            survey_id,
            [
                (4, ["talk", "price"], "yes", tricky),
                (2, ["price"], "no", '=HYPERLINK("x")'),
                (5, ["talk"], "yes", None),
            ],
            manager,
        )
        response = send(client, "GET", f"/api/feedback/surveys/{survey_id}/export", manager)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert f"survey-{survey_id}-v1.csv" in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        assert rows[0] == ["response_id", "answered_at", "overall", "liked", "again", "why"]
        assert [r[2:] for r in rows[1:]] == [
            ["4", "talk;price", "yes", tricky],
            ["2", "price", "no", '\'=HYPERLINK("x")'],
            ["5", "talk", "yes", ""],
        ]
        assert send(client, "GET", f"/api/feedback/surveys/{survey_id}/export", UserFactory()).status_code == 403
