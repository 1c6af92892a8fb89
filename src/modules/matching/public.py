"""What the entry points (Celery tasks) and other modules may use from matching."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.identity import Role
from modules.matching.repositories import personal_data as _personal_data
from modules.matching.repositories.stats import first_match_accepted_view
from modules.matching.services import matching as services
from modules.matching.services.population import population, population_changed
from modules.matching.services.ports import MatchingJobs


def person_changed(person_id: int) -> list[int]:
    """Background recomputation after a person's matching inputs changed. For a user: their top
    match. For a friend (or a role change): the shared population, then every user whose top
    match this friend was or might now be. Returns the users whose top match was recomputed."""
    deps = services.default_deps()
    basics = deps.directory.person(person_id)
    if basics is None:
        return []
    if basics.role == Role.USER:
        services.top_match_refresh(user_id=person_id, deps=deps)
        return [person_id]
    population_changed()
    return services.friend_fanout(friend_id=person_id, deps=deps)


def blocked_between(a: int, b: int) -> bool:
    """Whether either person blocked the other (for chat and booking to refuse contact)."""
    return services.blocked_between(a=a, b=b, deps=services.default_deps())


def blocked_with(user_id: int) -> frozenset[int]:
    """Everyone this person blocked or was blocked by: the people to hide from them and them
    from (the composition root offers it to other modules as the `ContactBlocks` port)."""
    return services.blocked_with(user_id=user_id, deps=services.default_deps())


def favourite_ids(user_id: int, friend_ids: Iterable[int]) -> frozenset[int]:
    """Which of `friend_ids` this person keeps as favourites (one query; the composition root
    offers it to other modules as the `FavouriteFriends` port)."""
    return services.default_deps().store.favourite_ids(user_id=user_id, friend_ids=friend_ids)


def friend_rating(friend_id: int) -> float | None:
    """The friend's average rating as matching knows it (from `FriendRated` events), or None."""
    return services.default_deps().store.ratings([friend_id]).get(friend_id)


def reset_population_cache() -> None:
    """Drop this process's population snapshot (tests; management commands after bulk loads)."""
    population.reset()


__all__ = [
    "MatchingJobs",
    "blocked_between",
    "blocked_with",
    "favourite_ids",
    "first_match_accepted_view",
    "friend_rating",
    "person_changed",
    "personal_data_export",
    "population_changed",
    "reset_population_cache",
]


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row this module holds about the person, by table (their data export)."""
    return _personal_data.export_of(user_id)


def personal_data_erase(user_id: int) -> None:
    """Remove or pseudonymise what this module holds about the person (erasure; idempotent)."""
    _personal_data.erase(user_id)
