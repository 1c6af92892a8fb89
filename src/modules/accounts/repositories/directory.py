"""Bulk reads of friends and people for matching: one query per call, whatever the count."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.identity import Role
from modules.accounts.models import User


@dataclass(frozen=True)
class FriendListing:
    """What matching needs of an active friend: to score, to filter, and to show a card."""

    friend_id: int
    display_name: str
    headline: str
    avatar_key: str
    languages: tuple[str, ...]
    timezone: str
    session_types: tuple[str, ...]
    prices_minor: dict[str, int]
    currency: str
    session_lengths_minutes: tuple[int, ...]
    weekly_capacity: int
    is_accepting: bool


@dataclass(frozen=True)
class PersonBasics:
    user_id: int
    role: Role
    is_active: bool
    languages: tuple[str, ...]
    timezone: str


_LISTING_FIELDS = (
    "pk",
    "profile__display_name",
    "friend_profile__headline",
    "profile__avatar_key",
    "profile__languages",
    "profile__timezone",
    "friend_profile__session_types",
    "friend_profile__prices_minor",
    "friend_profile__currency",
    "friend_profile__session_lengths_minutes",
    "friend_profile__weekly_capacity",
    "friend_profile__is_accepting",
)


def active_friend_listings(friend_ids: Iterable[int] | None = None, *, limit: int | None = None) -> list[FriendListing]:
    """Active friends with an offer (all of them when `friend_ids` is None), ordered by id; the
    first `limit` of them when given (the landing page's highlights need a few, not everyone)."""
    query = User.objects.filter(role=Role.FRIEND, is_active=True, friend_profile__isnull=False)
    if friend_ids is not None:
        query = query.filter(pk__in=list(friend_ids))
    rows = query.order_by("pk").values_list(*_LISTING_FIELDS)
    if limit is not None:
        rows = rows[:limit]
    return [
        FriendListing(
            friend_id=pk,
            display_name=name or "",
            headline=headline or "",
            avatar_key=avatar or "",
            languages=tuple(languages or ()),
            timezone=tz or "UTC",
            session_types=tuple(types or ()),
            prices_minor={str(k): int(v) for k, v in (prices or {}).items()},
            currency=currency,
            session_lengths_minutes=tuple(lengths or ()),
            weekly_capacity=capacity,
            is_accepting=accepting,
        )
        for pk, name, headline, avatar, languages, tz, types, prices, currency, lengths, capacity, accepting in (
            rows.iterator(chunk_size=5000)
        )
    ]


def person_basics(user_id: int) -> PersonBasics | None:
    row = (
        User.objects.filter(pk=user_id)
        .values_list("role", "is_active", "profile__languages", "profile__timezone")
        .first()
    )
    if row is None:
        return None
    role, active, languages, tz = row
    return PersonBasics(user_id, Role(role), active, tuple(languages or ()), tz or "UTC")


def people_basics(user_ids: Iterable[int]) -> dict[int, PersonBasics]:
    rows = User.objects.filter(pk__in=list(user_ids)).values_list(
        "pk", "role", "is_active", "profile__languages", "profile__timezone"
    )
    return {
        pk: PersonBasics(pk, Role(role), active, tuple(lang or ()), tz or "UTC") for pk, role, active, lang, tz in rows
    }


__all__ = ["FriendListing", "PersonBasics", "active_friend_listings", "people_basics", "person_basics"]
