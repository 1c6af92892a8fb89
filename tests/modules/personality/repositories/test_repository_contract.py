"""One contract for the questionnaire repository, run against the Django repository (on the
database) and the in-memory fake the service tests use: versions, one current version,
answers replaced per user and version, not-found."""

from __future__ import annotations

import inspect
import itertools

import pytest

from core.errors import NotFound
from modules.personality.domain.ports import QuestionnaireRepository
from modules.personality.domain.questionnaire import questions_from_raw, validate_answers
from modules.personality.repositories.questionnaire import DjangoQuestionnaireRepository
from tests.modules.accounts.factories import UserFactory
from tests.modules.personality.fakes import InMemoryQuestionnaireRepository
from tests.modules.personality.samples import ANSWERS, QUESTIONS

# The fake's runs need no database; a transaction each is the price of one parametrised suite.
pytestmark = pytest.mark.django_db

OPERATIONS = sorted(
    name for name, value in vars(QuestionnaireRepository).items() if callable(value) and not name.startswith("_")
)


class DjangoBackend:
    repo = DjangoQuestionnaireRepository()

    def users(self, n: int) -> list[int]:
        return [UserFactory().pk for _ in range(n)]


class MemoryBackend:
    def __init__(self) -> None:
        self.repo = InMemoryQuestionnaireRepository()
        # The database starts with version 1 published by a migration; so does the fake here.
        self.repo.publish(questions_from_raw(QUESTIONS))
        self._users = itertools.count(1000)

    def users(self, n: int) -> list[int]:
        return [next(self._users) for _ in range(n)]


@pytest.fixture(params=["django", "memory"])
def backend(request):
    return DjangoBackend() if request.param == "django" else MemoryBackend()


@pytest.mark.parametrize("member", OPERATIONS)
def test_both_implement_every_operation_with_the_same_parameters(member):
    expected = list(inspect.signature(getattr(QuestionnaireRepository, member)).parameters)
    assert list(inspect.signature(getattr(DjangoQuestionnaireRepository, member)).parameters) == expected
    assert list(inspect.signature(getattr(InMemoryQuestionnaireRepository, member)).parameters) == expected


def test_publishing_numbers_versions_and_leaves_one_current(backend):
    repo = backend.repo
    before = repo.current()
    assert before is not None
    with repo.atomic():
        published = repo.publish(questions_from_raw(QUESTIONS))
    assert published.version == before.version + 1
    assert published.questions == questions_from_raw(QUESTIONS)
    assert repo.current() == published
    assert repo.publish(questions_from_raw(QUESTIONS)).version == before.version + 2


def test_answers_are_replaced_per_user_and_version(backend):
    repo = backend.repo
    me, other = backend.users(2)
    old = repo.current()
    new = repo.publish(questions_from_raw(QUESTIONS))
    answers = validate_answers(new, ANSWERS)
    repo.save_answers(user_id=me, version=new.version, answers=answers)
    saved = repo.save_answers(user_id=me, version=new.version, answers=answers[:2])
    assert (saved.user_id, saved.version, saved.answers) == (me, new.version, answers[:2])
    assert repo.answers_of(user_id=me, version=new.version).answers == answers[:2]
    assert repo.answers_of(user_id=me, version=old.version) is None
    assert repo.answers_of(user_id=other, version=new.version) is None


def test_current_answers_are_only_to_the_current_version_and_the_users_asked(backend):
    repo = backend.repo
    a, b, c = backend.users(3)
    first = repo.publish(questions_from_raw(QUESTIONS))
    answers = validate_answers(first, ANSWERS)
    repo.save_answers(user_id=a, version=first.version, answers=answers)
    second = repo.publish(questions_from_raw(QUESTIONS))
    repo.save_answers(user_id=b, version=second.version, answers=answers)
    repo.save_answers(user_id=c, version=second.version, answers=answers[:1])
    found = repo.current_answers_of_users([a, b])
    assert set(found) == {b}
    assert (found[b].version, found[b].answers) == (second.version, answers)
    assert repo.current_answers_of_users([]) == {}


def test_answers_to_an_unknown_version_are_not_found(backend):
    (me,) = backend.users(1)
    with pytest.raises(NotFound):
        backend.repo.save_answers(user_id=me, version=999, answers=())
    assert backend.repo.answers_of(user_id=me, version=999) is None
