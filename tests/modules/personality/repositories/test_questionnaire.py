from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps as global_apps
from django.db import IntegrityError, transaction

from modules.personality import public
from modules.personality.domain.questionnaire import questions_from_raw, validate_answers
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion
from modules.personality.repositories.questionnaire import DjangoQuestionnaireRepository
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.personality.samples import ANSWERS, QUESTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def repo():
    return DjangoQuestionnaireRepository()


def test_migrations_seed_version_1_as_current(repo):
    current = repo.current()
    assert current is not None
    assert current.version == 1
    assert len(current.questions) == 10


def test_seed_is_idempotent():
    seed = import_module("modules.personality.migrations.0002_seed_version_1").seed
    seed(global_apps, None)
    seed(global_apps, None)
    assert QuestionnaireVersion.objects.count() == 1
    assert QuestionnaireVersion.objects.filter(is_current=True).count() == 1


def test_publish_leaves_exactly_one_current_version(repo):
    published = repo.publish(questions_from_raw(QUESTIONS))
    assert published.version == 2
    assert list(QuestionnaireVersion.objects.filter(is_current=True).values_list("number", flat=True)) == [2]
    assert repo.current() == published


def test_database_refuses_a_second_current_version():
    with pytest.raises(IntegrityError), transaction.atomic():
        QuestionnaireVersion.objects.create(number=99, questions=QUESTIONS, is_current=True)


def test_save_answers_replaces_one_row_per_user_and_version(repo):
    user = UserFactory()
    published = repo.publish(questions_from_raw(QUESTIONS))
    answers = validate_answers(published, ANSWERS)
    repo.save_answers(user_id=user.pk, version=2, answers=answers)
    repo.save_answers(user_id=user.pk, version=2, answers=answers[:2])
    assert QuestionnaireAnswers.objects.filter(user=user).count() == 1
    assert repo.answers_of(user_id=user.pk, version=2).answers == answers[:2]
    assert repo.answers_of(user_id=user.pk, version=1) is None


def test_public_answers_for_users_is_one_query_and_only_current_answers(repo, django_assert_num_queries):
    people = [UserFactory(), FriendFactory(), UserFactory()]
    stale = UserFactory()
    old = repo.current()
    repo.save_answers(user_id=stale.pk, version=old.version, answers=())
    published = repo.publish(questions_from_raw(QUESTIONS))
    answers = validate_answers(published, ANSWERS)
    for person in people[:2]:
        repo.save_answers(user_id=person.pk, version=published.version, answers=answers)
    with django_assert_num_queries(1):
        found = public.answers_for_users([p.pk for p in people] + [stale.pk])
    assert set(found) == {people[0].pk, people[1].pk}
    assert found[people[1].pk].answers == answers
    assert found[people[1].pk].version == 2
    with pytest.raises(AttributeError):
        found[people[1].pk].answers[0].importance = 0  # frozen DTOs: the caller cannot alter them
