"""ORM access for friend profiles: one's own offer and the public directory of friends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import connection
from django.db.models import QuerySet, TextField
from django.db.models.functions import Cast

from core.identity import Role
from core.pagination import Page, PageRequest
from modules.accounts.domain.profiles import FriendProfileView
from modules.accounts.models import FriendProfile, Profile, User

# A friend who has not set anything up yet: offers nothing, so not bookable.
NEW_FRIEND_DEFAULTS: dict[str, Any] = {"session_lengths_minutes": [30, 60], "is_accepting": False}


def _view(user: User, profile: Profile | None, offer: FriendProfile) -> FriendProfileView:
    return FriendProfileView(
        user_id=user.pk,
        display_name=profile.display_name if profile else "",
        bio=profile.bio if profile else "",
        languages=tuple(profile.languages or ()) if profile else (),
        timezone=profile.timezone if profile else "UTC",
        avatar_key=profile.avatar_key if profile else "",
        headline=offer.headline,
        session_types=tuple(offer.session_types or ()),
        prices_minor=dict(offer.prices_minor or {}),
        currency=offer.currency,
        session_lengths_minutes=tuple(offer.session_lengths_minutes or ()),
        weekly_capacity=offer.weekly_capacity,
        is_accepting=offer.is_accepting,
        never_record=offer.never_record,
    )


def _profile_of(user: User) -> Profile | None:
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def _listed_friends() -> QuerySet[User]:
    return User.objects.filter(role=Role.FRIEND, is_active=True, friend_profile__isnull=False).select_related(
        "profile", "friend_profile"
    )


def ensure_friend_profile(user_id: int) -> None:
    FriendProfile.objects.get_or_create(user_id=user_id, defaults=NEW_FRIEND_DEFAULTS)


def lock_friend_profile(user_id: int) -> None:
    """Hold the offer row until the transaction ends, so concurrent partial edits do not
    merge against the same stale state and silently undo each other."""
    ensure_friend_profile(user_id)
    list(FriendProfile.objects.select_for_update().filter(user_id=user_id).values_list("pk"))


def own_friend_profile(user_id: int) -> FriendProfileView:
    """The friend's own offer, created empty on first use (role changes made outside the API)."""
    ensure_friend_profile(user_id)
    user = User.objects.select_related("profile", "friend_profile").get(pk=user_id)
    return _view(user, _profile_of(user), user.friend_profile)


def update_friend_profile(user_id: int, fields: Mapping[str, Any]) -> FriendProfileView:
    FriendProfile.objects.filter(user_id=user_id).update(**fields)
    return own_friend_profile(user_id)


def listed_friend(user_id: int) -> FriendProfileView | None:
    user = _listed_friends().filter(pk=user_id).first()
    if user is None:
        return None
    return _view(user, _profile_of(user), user.friend_profile)


def _filter_json_list_contains(query: QuerySet[User], field: str, value: str) -> QuerySet[User]:
    """Keep rows whose `field` (a JSON list of strings) contains `value`.

    PostgreSQL answers with jsonb containment (indexable); SQLite has no JSON containment
    lookup, so there we match the quoted element in the JSON text. Callers validate `value`
    against a strict pattern first, so it cannot contain quotes.
    """
    if connection.features.supports_json_field_contains:
        return query.filter(**{f"{field}__contains": [value]})
    alias = field.replace("__", "_") + "_text"
    return query.alias(**{alias: Cast(field, TextField())}).filter(**{f"{alias}__contains": f'"{value}"'})


def list_friends(
    *,
    page: PageRequest,
    search: str | None = None,
    session_type: str | None = None,
    language: str | None = None,
    hidden: frozenset[int] = frozenset(),
) -> Page[FriendProfileView]:
    """Listed friends, minus `hidden` (people the viewer blocked or was blocked by)."""
    query = _listed_friends()
    if hidden:
        query = query.exclude(pk__in=hidden)
    if search:
        query = query.filter(profile__display_name__icontains=search)
    if session_type:
        query = _filter_json_list_contains(query, "friend_profile__session_types", session_type)
    if language:
        query = _filter_json_list_contains(query, "profile__languages", language)
    total = query.count()
    rows = query.order_by("profile__display_name", "pk")[page.offset : page.offset + page.limit]
    items = [_view(user, _profile_of(user), user.friend_profile) for user in rows]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
