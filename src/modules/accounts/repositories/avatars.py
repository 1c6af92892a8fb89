"""ORM access for a profile's avatar key."""

from __future__ import annotations

from modules.accounts.models import Profile


def avatar_key_replace(*, user_id: int, key: str) -> str:
    """Set the avatar key and return the previous one (row locked, so concurrent swaps do not lose a key)."""
    profile, _ = Profile.objects.select_for_update().get_or_create(user_id=user_id)
    previous = profile.avatar_key
    if previous != key:
        Profile.objects.filter(pk=profile.pk).update(avatar_key=key)
    return previous
