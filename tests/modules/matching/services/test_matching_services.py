"""Matching use cases on in-memory stores: no database (no django_db mark)."""

from __future__ import annotations

import pytest

from core.errors import NotFound, PermissionDenied, RuleViolated
from core.events import ContactBlocked, ContactUnblocked
from core.identity import Actor, Role
from core.pagination import PageRequest
from modules.matching.domain.candidates import Filters
from modules.matching.services import matching as services
from modules.matching.services.population import population_changed
from tests.modules.matching.fakes import make_deps

USER = Actor(user_id=1, role=Role.USER)


@pytest.fixture
def world():
    deps, store, directory, pushes, jobs = make_deps()
    directory.add_user(1, energy=5)
    for friend_id, energy in ((10, 5), (11, 4), (12, 3), (13, 1)):
        directory.add_friend(friend_id, energy=energy)
    return deps, store, directory, pushes, jobs


def ranked(deps, limit=10, **filters):
    page = services.matches_list(actor=USER, filters=Filters(**filters), page=PageRequest(limit=limit), deps=deps)
    return [i.friend.friend_id for i in page.items]


def test_ranked_best_first_with_explanations(world):
    deps, *_ = world
    page = services.matches_list(actor=USER, filters=Filters(), page=PageRequest(limit=10), deps=deps)
    assert [i.friend.friend_id for i in page.items] == [10, 11, 12, 13]
    assert [i.score for i in page.items] == sorted((i.score for i in page.items), reverse=True)
    assert page.items[0].reasons[0].code in {"answer_match", "shared_language"}


@pytest.mark.parametrize("role", [Role.FRIEND, Role.MANAGER, Role.ADMIN])
def test_only_users_get_matches(world, role):
    deps, *_ = world
    with pytest.raises(PermissionDenied):
        services.matches_list(actor=Actor(1, role), filters=Filters(), page=PageRequest(), deps=deps)


def test_a_stale_population_never_shows_a_gone_or_closed_friend_and_the_page_stays_full(world):
    deps, _, directory, *_ = world
    assert ranked(deps, limit=2) == [10, 11]  # snapshot built now
    directory.deactivate(10)
    directory.stop_accepting(11)
    directory.full.add(12)
    # The snapshot still has them (no population_changed): the re-check drops them and looks further.
    assert ranked(deps, limit=2) == [13]


def test_decline_is_for_good_and_accept_lists_my_friend(world):
    deps, _store, _directory, _, jobs = world
    services.match_decline(actor=USER, friend_id=10, deps=deps)
    services.match_accept(actor=USER, friend_id=11, deps=deps)
    assert ranked(deps) == [12, 13]
    mine = services.my_friends(actor=USER, page=PageRequest(), deps=deps)
    assert [f.friend.friend_id for f in mine.items] == [11]
    assert jobs.changed == [1, 1]  # the user's top match is recomputed after each decision


def test_blocks_hide_both_ways_and_accepting_a_blocked_friend_is_not_found(world):
    deps, *_ = world
    services.block_create(actor=Actor(10, Role.FRIEND), user_id=1, deps=deps)
    services.block_create(actor=USER, user_id=11, deps=deps)
    assert ranked(deps) == [12, 13]
    with pytest.raises(NotFound):
        services.match_accept(actor=USER, friend_id=10, deps=deps)
    with pytest.raises(RuleViolated):
        services.block_create(actor=USER, user_id=1, deps=deps)
    with pytest.raises(PermissionDenied):
        services.block_create(actor=Actor(5, Role.MANAGER), user_id=1, deps=deps)


def test_blocks_are_announced_and_unblocking_only_once_no_block_is_left(world):
    deps, store, *_ = world
    friend = Actor(10, Role.FRIEND)
    services.block_create(actor=USER, user_id=10, deps=deps)
    services.block_create(actor=USER, user_id=10, deps=deps)  # idempotent: announced once
    services.block_create(actor=friend, user_id=1, deps=deps)
    services.block_delete(actor=USER, user_id=10, deps=deps)
    assert store.announced == [ContactBlocked(blocker_id=1, blocked_id=10), ContactBlocked(blocker_id=10, blocked_id=1)]
    services.block_delete(actor=friend, user_id=1, deps=deps)
    assert store.announced[-1] == ContactUnblocked(user_id=10, other_id=1)
    assert len(store.announced) == 3


def test_rematch_passes_over_the_current_list_and_records_why(world):
    deps, store, *_ = world
    services.match_decline(actor=USER, friend_id=13, deps=deps)
    result = services.rematch(actor=USER, reason="  too similar  ", page=PageRequest(limit=2), deps=deps)
    assert [i.friend.friend_id for i in result.matches.items] == [12]
    assert store.rematches == [(1, "too similar", [10, 11])]
    assert ranked(deps) == [12]


def test_a_mandatory_mismatch_is_excluded(world):
    deps, _, directory, *_ = world
    directory.add_friend(20, style="light", mandatory=True)
    population_changed()
    assert 20 not in ranked(deps)


def test_top_match_refresh_pushes_once_per_new_top(world):
    deps, _store, _directory, pushes, _ = world
    assert services.top_match_refresh(user_id=1, deps=deps) is True
    assert services.top_match_refresh(user_id=1, deps=deps) is False
    assert [p["data"]["friend_id"] for p in pushes.sent] == ["10"]
    assert pushes.sent[0]["title"] == "New friend match!"
    services.match_decline(actor=USER, friend_id=10, deps=deps)
    services.top_match_refresh(user_id=1, deps=deps)
    assert [p["data"]["friend_id"] for p in pushes.sent] == ["10", "11"]


def test_friend_fanout_refreshes_users_the_friend_now_beats(world):
    deps, store, directory, pushes, _ = world
    services.top_match_refresh(user_id=1, deps=deps)
    directory.add_friend(9, energy=5)  # as good as 10, and a lower id
    population_changed()
    assert services.friend_fanout(friend_id=9, deps=deps) == [1]
    assert store.tops[1].friend_id == 9
    assert [p["data"]["friend_id"] for p in pushes.sent] == ["10", "9"]
