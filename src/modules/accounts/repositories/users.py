"""All ORM access for users and profiles. Returns frozen views, never QuerySets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.identity import Role
from modules.accounts.domain.profiles import ProfileView
from modules.accounts.models import Profile, User


def _view(user: User, profile: Profile) -> ProfileView:
    return ProfileView(
        user_id=user.pk,
        email=user.email,
        role=Role(user.role),
        display_name=profile.display_name,
        bio=profile.bio,
        languages=tuple(profile.languages or ()),
        timezone=profile.timezone,
        avatar_key=profile.avatar_key,
        is_active=user.is_active,
    )


def profile_of(user: User) -> ProfileView:
    """The profile of an already loaded user (the auth step loads it with its profile)."""
    profile = _profile_or_create(user)
    return _view(user, profile)


def _profile_or_create(user: User) -> Profile:
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _ = Profile.objects.get_or_create(user=user)
        return profile


def get_profile(user_id: int) -> ProfileView | None:
    user = User.objects.select_related("profile").filter(pk=user_id).first()
    if user is None:
        return None
    return profile_of(user)


def update_profile(user_id: int, changes: Mapping[str, Any]) -> ProfileView:
    Profile.objects.filter(user_id=user_id).update(**changes)
    view = get_profile(user_id)
    assert view is not None
    return view


def ensure_profile(user_id: int, *, display_name: str, replace_name: bool = False) -> None:
    """Every account has a Profile row (the /me read relies on it); idempotent."""
    profile, created = Profile.objects.get_or_create(user_id=user_id, defaults={"display_name": display_name[:60]})
    if replace_name and not created and display_name:
        Profile.objects.filter(pk=profile.pk).update(display_name=display_name[:60])


def has_address(user_id: int, email: str) -> bool:
    """Whether this exact address (allauth's table, as stored) belongs to the user."""
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user_id=user_id, email=email).exists()
