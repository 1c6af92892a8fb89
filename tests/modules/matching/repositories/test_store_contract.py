"""One contract for matching's store, run against DjangoMatchingStore (on the database) and the
in-memory store the service tests use: decisions, re-matches, blocks either way, top matches in
batches, ratings, favourites; orderings with their tie-breakers."""

from __future__ import annotations

import inspect
import itertools
from datetime import UTC, datetime, timedelta

import pytest

from modules.matching.repositories.store import DjangoMatchingStore, TopMatchView
from modules.matching.services.ports import MatchingStore
from tests.modules.accounts.factories import UserFactory
from tests.modules.matching.fakes import InMemoryStore

# The fake's runs need no database; a transaction each is the price of one parametrised suite.
pytestmark = pytest.mark.django_db

T = datetime(2030, 3, 6, 12, 0, tzinfo=UTC)
OPERATIONS = sorted(name for name, value in vars(MatchingStore).items() if callable(value) and not name.startswith("_"))


class DjangoBackend:
    def __init__(self) -> None:
        self.store = DjangoMatchingStore()

    def people(self, n: int) -> list[int]:
        return [UserFactory().pk for _ in range(n)]


class MemoryBackend:
    def __init__(self) -> None:
        self.store = InMemoryStore()
        self._ids = itertools.count(1000)

    def people(self, n: int) -> list[int]:
        return [next(self._ids) for _ in range(n)]


@pytest.fixture(params=["django", "memory"])
def backend(request):
    return DjangoBackend() if request.param == "django" else MemoryBackend()


@pytest.mark.parametrize("member", OPERATIONS)
def test_both_implement_every_operation_with_the_same_parameters(member):
    expected = list(inspect.signature(getattr(MatchingStore, member)).parameters)
    assert list(inspect.signature(getattr(DjangoMatchingStore, member)).parameters) == expected
    assert list(inspect.signature(getattr(InMemoryStore, member)).parameters) == expected


def test_decisions_rematches_and_what_is_excluded(backend):
    store = backend.store
    me, f1, f2, f3, blocker = backend.people(5)
    store.decide(user_id=me, friend_id=f1, decision="accepted", at=T)
    again = store.decide(user_id=me, friend_id=f1, decision="passed", at=T + timedelta(minutes=1))
    assert (again.friend_id, again.decision) == (f1, "passed")  # one decision per pair, the last one
    first = store.record_rematch(user_id=me, reason="not my type", passed=[f1, f2], at=T)
    second = store.record_rematch(user_id=me, reason="again", passed=[], at=T)
    assert second > first
    # The earlier decision on f1 stays; f2 is passed over.
    assert store.accepted(user_id=me, limit=10, offset=0) == ([], 0)
    store.block(blocker_id=blocker, blocked_id=me, at=T)
    assert store.excluded_friend_ids(me) == {f1, f2, blocker}
    assert f3 not in store.excluded_friend_ids(me)


def test_accepted_is_newest_first_without_the_blocked(backend):
    store = backend.store
    me, f1, f2, f3, f4 = backend.people(5)
    for friend, minutes in [(f1, 1), (f2, 3), (f3, 3), (f4, 2)]:
        store.decide(user_id=me, friend_id=friend, decision="accepted", at=T + timedelta(minutes=minutes))
    rows, total = store.accepted(user_id=me, limit=10, offset=0)
    # Same time: the later decision first (the row id breaks the tie).
    assert ([r.friend_id for r in rows], total) == ([f3, f2, f4, f1], 4)
    assert [r.friend_id for r in store.accepted(user_id=me, limit=2, offset=1)[0]] == [f2, f4]
    store.block(blocker_id=f2, blocked_id=me, at=T)
    store.block(blocker_id=me, blocked_id=f4, at=T)
    rows, total = store.accepted(user_id=me, limit=10, offset=0)
    assert ([r.friend_id for r in rows], total) == ([f3, f1], 2)


def test_blocks_either_way(backend):
    store = backend.store
    a, b, c = backend.people(3)
    assert store.block(blocker_id=a, blocked_id=b, at=T) is True
    assert store.block(blocker_id=a, blocked_id=b, at=T + timedelta(hours=1)) is False  # already there
    assert store.block(blocker_id=a, blocked_id=c, at=T) is True
    assert store.block(blocker_id=c, blocked_id=a, at=T) is True
    assert [(v.user_id, v.created_at) for v in store.blocks_by(a)] == [(c, T), (b, T)]  # newest row first
    assert store.blocked_with(a) == frozenset({b, c})
    assert store.blocked_with(b) == frozenset({a})
    assert store.blocked_between(b, a)
    assert not store.blocked_between(b, c)
    assert store.unblock(blocker_id=a, blocked_id=b) is True
    assert store.unblock(blocker_id=a, blocked_id=b) is False
    assert store.blocked_with(b) == frozenset()
    assert store.blocked_with(a) == frozenset({c})  # c still blocks a


def test_top_matches_are_one_per_user_in_batches_by_user_id(backend):
    store = backend.store
    u1, u2, u3, f = backend.people(4)
    assert store.lock_top_match(u1) is None
    assert list(store.top_matches()) == []
    for user in (u3, u1, u2):
        store.save_top_match(user_id=user, friend_id=f, score=50, at=T)
    store.save_top_match(user_id=u1, friend_id=None, score=0, at=T)  # replaced, not added
    assert store.lock_top_match(u1) == TopMatchView(u1, None, 0)
    batches = list(store.top_matches(batch=2))
    assert [[t.user_id for t in b] for b in batches] == [[u1, u2], [u3]]


def test_ratings_are_of_friends_rated_at_least_once(backend):
    store = backend.store
    f1, f2, f3 = backend.people(3)
    store.set_rating(friend_id=f1, average=4.5, count=2)
    store.set_rating(friend_id=f2, average=3.0, count=1)
    store.set_rating(friend_id=f2, average=3.5, count=2)
    store.set_rating(friend_id=f3, average=0.0, count=0)
    assert store.ratings() == {f1: 4.5, f2: 3.5}
    assert store.ratings([f2, f3]) == {f2: 3.5}
    assert store.ratings([]) == {}


def test_favourites_newest_first_without_the_blocked_and_marked_by_id(backend):
    store = backend.store
    me, other, f1, f2, f3 = backend.people(5)
    assert store.favourite_add(user_id=me, friend_id=f1, at=T) is True
    assert store.favourite_add(user_id=me, friend_id=f1, at=T + timedelta(minutes=9)) is False  # kept as it was
    store.favourite_add(user_id=me, friend_id=f2, at=T + timedelta(minutes=1))
    store.favourite_add(user_id=me, friend_id=f3, at=T + timedelta(minutes=1))
    store.favourite_add(user_id=other, friend_id=f1, at=T)
    rows, total = store.favourites(user_id=me, limit=10, offset=0)
    # Same time: the later save first (the row id breaks the tie).
    assert ([(r.friend_id, r.saved_at) for r in rows], total) == (
        [(f3, T + timedelta(minutes=1)), (f2, T + timedelta(minutes=1)), (f1, T)],
        3,
    )
    assert [r.friend_id for r in store.favourites(user_id=me, limit=1, offset=1)[0]] == [f2]
    assert store.favourite_ids(user_id=me, friend_ids=[f1, f3, other]) == frozenset({f1, f3})
    assert store.favourite_ids(user_id=me, friend_ids=[]) == frozenset()
    store.block(blocker_id=f2, blocked_id=me, at=T)
    assert [r.friend_id for r in store.favourites(user_id=me, limit=10, offset=0)[0]] == [f3, f1]
    assert store.favourite_remove(user_id=me, friend_id=f3) is True
    assert store.favourite_remove(user_id=me, friend_id=f3) is False
    assert store.favourites(user_id=other, limit=10, offset=0)[1] == 1
