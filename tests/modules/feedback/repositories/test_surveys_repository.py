"""feedback's survey repository against the database: versions and their constraints, counting,
the export's grouping, and what a person's erasure leaves."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from modules.feedback.domain.surveys import Answer
from modules.feedback.models import SurveyAnswer, SurveyDue, SurveyResponse, SurveyVersion
from modules.feedback.public import personal_data_erase, personal_data_export
from modules.feedback.repositories import surveys as repo
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory
from tests.modules.feedback.surveys import QUESTIONS

pytestmark = pytest.mark.django_db


def _published(moment="manual"):
    survey = repo.create(title="t", moment=moment, audience="everyone", questions=QUESTIONS, by=None, at=NOW)
    assert repo.publish_draft(survey_id=survey.id, at=NOW)
    return repo.get(survey.id)


def _respond(survey, person, answers):
    [(due_id, _)] = repo.dues_create(survey_id=survey.id, user_ids=[person.pk], reason="manual", at=NOW)
    version = repo.version(survey_id=survey.id, status="published")
    repo.response_create(
        due_id=due_id, survey_id=survey.id, version_id=version.id, user_id=person.pk, answers=answers, at=NOW
    )
    return version


def test_drafts_follow_the_highest_version_and_the_database_keeps_one_published():
    survey = _published()
    assert (survey.published_version, survey.draft_version) == (1, None)
    repo.draft_set(survey_id=survey.id, questions=QUESTIONS, at=NOW)
    assert repo.get(survey.id).draft_version == 2
    assert repo.publish_draft(survey_id=survey.id, at=NOW)
    assert [(v.number, v.status) for v in repo.versions(survey.id)] == [(2, "published"), (1, "frozen")]
    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyVersion.objects.filter(survey_id=survey.id, number=1).update(status="published")


def test_dues_are_once_per_person_and_survey():
    survey, person = _published(), UserFactory()
    assert len(repo.dues_create(survey_id=survey.id, user_ids=[person.pk, person.pk], reason="a", at=NOW)) == 1
    assert repo.dues_create(survey_id=survey.id, user_ids=[person.pk], reason="b", at=NOW) == []
    assert SurveyDue.objects.get().reason == "a"


def test_counts_group_answers_and_the_export_regroups_multiple_choices():
    survey = _published()
    full = [
        Answer("overall", scale=5),
        Answer("liked", choices=("talk", "price")),
        Answer("again", choices=("yes",)),
        Answer("why", text="nice"),
    ]
    version = _respond(survey, UserFactory(), full)
    _respond(survey, UserFactory(), [Answer("overall", scale=2), Answer("liked", choices=("price",))])
    counts = repo.counts(version.id)
    assert counts.respondents == 2
    assert counts.answered == {"overall": 2, "liked": 2, "again": 1, "why": 1}
    assert counts.choices == {("liked", "talk"): 1, ("liked", "price"): 2, ("again", "yes"): 1}
    assert counts.scales == {("overall", 5): 1, ("overall", 2): 1}
    exported = [answers for _, _, answers in repo.responses_for_export(version.id)]
    assert exported[0] == full
    assert exported[1] == [Answer("overall", scale=2), Answer("liked", choices=("price",))]


def test_a_persons_answers_are_exported_and_erasure_keeps_the_counts_but_not_the_words():
    survey, person, other = _published(), UserFactory(), UserFactory()
    version = _respond(survey, person, [Answer("overall", scale=4), Answer("why", text="my words")])
    _respond(survey, other, [Answer("why", text="their words")])
    data = personal_data_export(person.pk)
    assert len(data["feedback.SurveyDue"]) == 1
    assert len(data["feedback.SurveyResponse"]) == 1
    assert sorted(a["question_key"] for a in data["feedback.SurveyAnswer"]) == ["overall", "why"]
    assert {a["text"] for a in data["feedback.SurveyAnswer"]} == {"", "my words"}

    personal_data_erase(person.pk)
    personal_data_erase(person.pk)  # idempotent
    assert not SurveyDue.objects.filter(user=person).exists()
    assert SurveyResponse.objects.filter(user__isnull=True).count() == 1
    assert not SurveyAnswer.objects.filter(text="my words").exists()
    assert SurveyAnswer.objects.filter(text="their words").exists()
    counts = repo.counts(version.id)
    assert (counts.respondents, counts.scales, counts.answered["why"]) == (2, {("overall", 4): 1}, 1)
    assert personal_data_export(person.pk)["feedback.SurveyAnswer"] == []
