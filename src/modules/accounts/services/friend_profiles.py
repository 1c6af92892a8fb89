"""Friend profile use cases: a friend edits their offer; signed-in people browse friends.

A block either way hides the two people from each other here too (the `ContactBlocks` port)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.db import transaction

from core import events
from core.errors import NotFound, PermissionDenied
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from modules.accounts import dependencies
from modules.accounts.domain.profiles import (
    FriendProfileView,
    friend_profile_merge,
    validate_language_code,
    validate_session_type,
)
from modules.accounts.repositories import friends as repo

# What a friend may set on their own offer; everything else is server-owned.
EDITABLE_FIELDS = frozenset(
    {
        "headline",
        "session_types",
        "prices_minor",
        "currency",
        "session_lengths_minutes",
        "weekly_capacity",
        "is_accepting",
        "never_record",
    }
)


def _require_friend(actor: Actor) -> None:
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends have a friend profile.", code="friends_only")


def friend_profile_get(*, actor: Actor) -> FriendProfileView:
    _require_friend(actor)
    return repo.own_friend_profile(actor.user_id)


def friend_profile_update(*, actor: Actor, changes: dict[str, Any]) -> FriendProfileView:
    _require_friend(actor)
    clean = {name: value for name, value in changes.items() if name in EDITABLE_FIELDS}
    with transaction.atomic():
        repo.lock_friend_profile(actor.user_id)
        current = repo.own_friend_profile(actor.user_id)
        if not clean:
            return current
        fields = friend_profile_merge(current, clean)
        updated = repo.update_friend_profile(actor.user_id, fields)
        events.publish(events.FriendOfferChanged(friend_id=actor.user_id))
        return updated


def friends_list(
    *,
    actor: Actor,
    page: PageRequest,
    search: str | None = None,
    session_type: str | None = None,
    language: str | None = None,
) -> Page[FriendProfileView]:
    if session_type is not None:
        validate_session_type(session_type, loc=("query", "session_type"))
    if language is not None:
        validate_language_code(language, loc=("query", "language"))
    found = repo.list_friends(
        page=page,
        search=search or None,
        session_type=session_type,
        language=language,
        hidden=dependencies.contact_blocks().blocked_with(actor.user_id),
    )
    kept = dependencies.favourite_friends().favourite_ids(actor.user_id, [v.user_id for v in found.items])
    items = [replace(v, is_favourite=v.user_id in kept) for v in found.items]
    return Page(items=items, total=found.total, limit=found.limit, offset=found.offset)


def friend_get(*, actor: Actor, friend_id: int) -> FriendProfileView:
    """A listed friend's profile. Blocked either way reads as not found: nobody learns they
    were blocked."""
    view = repo.listed_friend(friend_id)
    if view is None or friend_id in dependencies.contact_blocks().blocked_with(actor.user_id):
        raise NotFound("No such friend.")
    kept = dependencies.favourite_friends().favourite_ids(actor.user_id, [friend_id])
    return replace(view, is_favourite=friend_id in kept)
