"""The /me response, shared by the profile and avatar endpoints."""

from __future__ import annotations

from modules.accounts.api.schemas import MeOut
from modules.accounts.dependencies import media_storage
from modules.accounts.domain.profiles import ProfileView
from modules.accounts.services.avatar import avatar_url


def me_out(view: ProfileView) -> MeOut:
    return MeOut(
        id=view.user_id,
        email=view.email,
        role=view.role,
        display_name=view.display_name,
        bio=view.bio,
        languages=list(view.languages),
        timezone=view.timezone,
        avatar_url=avatar_url(avatar_key=view.avatar_key, storage=media_storage()),
    )
