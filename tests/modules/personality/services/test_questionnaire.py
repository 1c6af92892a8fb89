"""Use cases against the in-memory repository: no database needed (no django_db mark)."""

from __future__ import annotations

import copy

import pytest

from core.errors import InvalidInput, NotFound, PermissionDenied
from core.identity import Actor, Role
from modules.personality.services import questionnaire as services
from tests.modules.personality.fakes import InMemoryQuestionnaireRepository
from tests.modules.personality.samples import ANSWERS, QUESTIONS

USER = Actor(user_id=1, role=Role.USER)
FRIEND = Actor(user_id=2, role=Role.FRIEND)
MANAGER = Actor(user_id=3, role=Role.MANAGER)


@pytest.fixture
def repo():
    repo = InMemoryQuestionnaireRepository()
    services.questionnaire_publish(actor=MANAGER, questions=QUESTIONS, repo=repo)
    return repo


class TestPublish:
    def test_staff_publish_makes_the_new_version_current(self, repo):
        changed = copy.deepcopy(QUESTIONS)
        changed[0]["text"] = "Crowds energise me."
        published = services.questionnaire_publish(actor=Actor(9, Role.ADMIN), questions=changed, repo=repo)
        assert published.version == 2
        assert services.questionnaire_current(actor=USER, repo=repo).questions[0].text == "Crowds energise me."

    @pytest.mark.parametrize("actor", [USER, FRIEND])
    def test_non_staff_cannot_publish(self, repo, actor):
        with pytest.raises(PermissionDenied):
            services.questionnaire_publish(actor=actor, questions=QUESTIONS, repo=repo)
        assert len(repo.versions) == 1

    def test_invalid_set_publishes_nothing(self, repo):
        with pytest.raises(InvalidInput):
            services.questionnaire_publish(actor=MANAGER, questions=[{"key": "x"}], repo=repo)
        assert len(repo.versions) == 1

    def test_current_without_any_version_is_not_found(self):
        with pytest.raises(NotFound):
            services.questionnaire_current(actor=USER, repo=InMemoryQuestionnaireRepository())


class TestAnswers:
    @pytest.mark.parametrize("actor", [USER, FRIEND])
    def test_users_and_friends_answer_the_same_questionnaire(self, repo, actor):
        saved = services.answers_put(actor=actor, answers=ANSWERS, repo=repo)
        assert saved.version == 1
        assert services.answers_get(actor=actor, repo=repo) == saved

    def test_put_replaces_the_previous_answers(self, repo):
        services.answers_put(actor=USER, answers=ANSWERS, repo=repo)
        services.answers_put(actor=USER, answers=ANSWERS[:2], repo=repo)
        assert [a.question for a in services.answers_get(actor=USER, repo=repo).answers] == ["energy", "style"]

    def test_invalid_answers_keep_the_previous_ones(self, repo):
        before = services.answers_put(actor=USER, answers=ANSWERS, repo=repo)
        with pytest.raises(InvalidInput):
            services.answers_put(actor=USER, answers=[{**ANSWERS[0], "value": 9}], repo=repo)
        assert services.answers_get(actor=USER, repo=repo) == before

    def test_answers_are_only_ever_my_own(self, repo):
        services.answers_put(actor=USER, answers=ANSWERS, repo=repo)
        assert services.answers_get(actor=FRIEND, repo=repo) is None

    def test_a_new_version_starts_unanswered(self, repo):
        services.answers_put(actor=USER, answers=ANSWERS, repo=repo)
        services.questionnaire_publish(actor=MANAGER, questions=QUESTIONS, repo=repo)
        assert services.answers_get(actor=USER, repo=repo) is None
