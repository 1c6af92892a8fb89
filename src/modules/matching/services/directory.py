"""What matching reads from other modules, through their public surfaces only (one place, so
service tests can swap it for an in-memory directory)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from modules.accounts.public import (
    FriendListing,
    PersonBasics,
    active_friend_listings,
    display_names,
    people_basics,
    person_basics,
)
from modules.booking.public import friends_at_weekly_capacity, weekly_open_hours_utc
from modules.matching.repositories.store import DjangoMatchingStore
from modules.personality.public import (
    AnswerSet,
    Questionnaire,
    all_current_answers,
    answers_for_users,
    current_questionnaire,
)

__all__ = ["AnswerSet", "FriendListing", "PersonBasics", "PublicDirectory", "Questionnaire"]


class PublicDirectory:
    def __init__(self, store: DjangoMatchingStore | None = None) -> None:
        self._store = store or DjangoMatchingStore()

    def questionnaire(self) -> Questionnaire | None:
        return current_questionnaire()

    def person(self, user_id: int) -> PersonBasics | None:
        return person_basics(user_id)

    def people(self, user_ids: Iterable[int]) -> dict[int, PersonBasics]:
        return people_basics(user_ids)

    def display_names(self, user_ids: Iterable[int]) -> dict[int, str]:
        return display_names(list(user_ids))

    def answers(self, user_ids: Iterable[int]) -> dict[int, AnswerSet]:
        return answers_for_users(user_ids)

    def all_answers(self) -> Iterable[AnswerSet]:
        return all_current_answers()

    def friend_listings(self, friend_ids: Iterable[int] | None = None) -> list[FriendListing]:
        return active_friend_listings(friend_ids)

    def weekly_hours(self, friend_ids: Iterable[int] | None, *, now: datetime) -> dict[int, frozenset[int]]:
        return weekly_open_hours_utc(friend_ids, now=now)

    def at_capacity(self, capacities: Mapping[int, int], *, now: datetime) -> set[int]:
        return friends_at_weekly_capacity(capacities, now=now)

    def ratings(self, friend_ids: Iterable[int] | None = None) -> dict[int, float]:
        return self._store.ratings(friend_ids)
