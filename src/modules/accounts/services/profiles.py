"""Profile use cases: read and edit one's own profile."""

from __future__ import annotations

from typing import Any

from core import events
from core.identity import Actor
from modules.accounts.domain.profiles import ProfileView, validate_languages, validate_timezone
from modules.accounts.repositories import users as repo

# Fields a person may change on their own profile. Everything else is server-owned.
EDITABLE_FIELDS = frozenset({"display_name", "bio", "languages", "timezone"})


def profile_mine(user: Any) -> ProfileView:
    """The signed-in person's profile, from the user the auth step already loaded with it (no query)."""
    return repo.profile_of(user)


def profile_update(*, actor: Actor, changes: dict[str, Any]) -> ProfileView:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            continue
        if name == "languages":
            value = list(validate_languages(value))
        elif name == "timezone":
            value = validate_timezone(value)
        clean[name] = value
    if not clean:
        view = repo.get_profile(actor.user_id)
        assert view is not None
        return view
    updated = repo.update_profile(actor.user_id, clean)
    if clean.keys() & {"languages", "timezone"}:
        events.publish(events.ProfileChanged(user_id=actor.user_id))
    return updated
