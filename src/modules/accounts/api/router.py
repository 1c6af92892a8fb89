"""/api/users: one's own profile, public friend profiles, staff user management."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from modules.accounts.api.avatar import router as avatar_router
from modules.accounts.api.me_out import me_out
from modules.accounts.api.schemas import MeOut, MePatch
from modules.accounts.auth import actor_of
from modules.accounts.repositories import users as repo
from modules.accounts.services import profiles as profile_services

router = Router(tags=["users"])
router.add_router("", avatar_router)


@router.get("/me", response=MeOut, summary="My profile")
def me(request: HttpRequest) -> MeOut:
    return me_out(repo.profile_of(request.auth))


@router.patch("/me", response=MeOut, summary="Edit my profile")
def me_patch(request: HttpRequest, payload: MePatch) -> MeOut:
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    view = profile_services.profile_update(actor=actor_of(request), changes=changes)
    return me_out(view)
