"""Favourite friends on in-memory stores: no database (no django_db mark)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import NotFound, PermissionDenied
from core.identity import Actor, Role
from core.pagination import PageRequest
from modules.matching.domain.candidates import Filters
from modules.matching.services import matching as services
from tests.modules.matching.fakes import make_deps

USER = Actor(user_id=1, role=Role.USER)


@pytest.fixture
def world():
    deps, store, directory, _, _ = make_deps()
    directory.add_user(1, energy=5)
    directory.add_user(2, energy=5)
    for friend_id in (10, 11, 12):
        directory.add_friend(friend_id, energy=5)
    return deps, store, directory


def _saved(deps, actor=USER):
    return [i.friend.friend_id for i in services.favourites_list(actor=actor, page=PageRequest(), deps=deps).items]


def test_save_list_newest_first_and_remove_idempotently(world):
    deps, _, _ = world
    assert services.favourite_add(actor=USER, friend_id=10, deps=deps) is True
    deps.clock().advance(timedelta(minutes=1))
    assert services.favourite_add(actor=USER, friend_id=12, deps=deps) is True
    assert services.favourite_add(actor=USER, friend_id=12, deps=deps) is False
    assert _saved(deps) == [12, 10]
    assert _saved(deps, Actor(2, Role.USER)) == []  # mine alone
    services.favourite_remove(actor=USER, friend_id=12, deps=deps)
    services.favourite_remove(actor=USER, friend_id=12, deps=deps)
    assert _saved(deps) == [10]


def test_matches_and_my_friends_show_the_mark(world):
    deps, _, _ = world
    services.favourite_add(actor=USER, friend_id=11, deps=deps)
    page = services.matches_list(actor=USER, filters=Filters(), page=PageRequest(), deps=deps)
    assert {i.friend.friend_id: i.is_favourite for i in page.items} == {10: False, 11: True, 12: False}
    services.match_accept(actor=USER, friend_id=11, deps=deps)
    (mine,) = services.my_friends(actor=USER, page=PageRequest(), deps=deps).items
    assert (mine.friend.friend_id, mine.is_favourite) == (11, True)


def test_nobody_else_can_be_a_favourite(world):
    deps, store, _ = world
    for someone in (2, 999):  # a user, nobody
        with pytest.raises(NotFound):
            services.favourite_add(actor=USER, friend_id=someone, deps=deps)
    store.block(blocker_id=10, blocked_id=1, at=deps.clock().now())
    with pytest.raises(NotFound):
        services.favourite_add(actor=USER, friend_id=10, deps=deps)
    assert _saved(deps) == []


def test_a_block_after_saving_hides_the_favourite(world):
    deps, store, _ = world
    services.favourite_add(actor=USER, friend_id=10, deps=deps)
    store.block(blocker_id=1, blocked_id=10, at=deps.clock().now())
    assert _saved(deps) == []


@pytest.mark.parametrize("role", [Role.FRIEND, Role.MANAGER, Role.ADMIN])
def test_favourites_are_for_users(world, role):
    deps, _, _ = world
    with pytest.raises(PermissionDenied):
        services.favourite_add(actor=Actor(1, role), friend_id=10, deps=deps)
    with pytest.raises(PermissionDenied):
        services.favourites_list(actor=Actor(1, role), page=PageRequest(), deps=deps)
