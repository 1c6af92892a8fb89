"""/api/users: one's own profile, public friend profiles, staff user management."""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Path, Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from core.identity import Role
from kit.api import StrictSchema, page_out
from kit.fields import MAX_ID, ParamInt
from modules.accounts import dependencies as deps
from modules.accounts.api.avatar import router as avatar_router
from modules.accounts.api.consents import router as consents_router
from modules.accounts.api.me_out import me_out
from modules.accounts.api.schemas import (
    FriendCardOut,
    FriendFilters,
    FriendPageOut,
    FriendProfileOut,
    FriendProfilePatch,
    MeOut,
    MePatch,
    RoleIn,
    UserAdminOut,
    UserFilters,
    UserPageOut,
)
from modules.accounts.auth import actor_of, token_issued_at
from modules.accounts.domain.profiles import FriendProfileView
from modules.accounts.domain.staff import UserAdminView
from modules.accounts.services import erasure as erasure_services
from modules.accounts.services import friend_profiles as friend_services
from modules.accounts.services import profiles as profile_services
from modules.accounts.services import staff as staff_services

router = Router(tags=["users"])

UserId = Annotated[ParamInt, Path(ge=1, le=MAX_ID)]
router.add_router("", avatar_router)
router.add_router("", consents_router)


def _friend_profile_out(view: FriendProfileView) -> FriendProfileOut:
    return FriendProfileOut(
        headline=view.headline,
        session_types=list(view.session_types),
        prices_minor=dict(view.prices_minor),
        currency=view.currency,
        session_lengths_minutes=list(view.session_lengths_minutes),
        weekly_capacity=view.weekly_capacity,
        is_accepting=view.is_accepting,
        never_record=view.never_record,
    )


def _friend_card_out(view: FriendProfileView) -> FriendCardOut:
    return FriendCardOut(
        id=view.user_id,
        display_name=view.display_name,
        bio=view.bio,
        languages=list(view.languages),
        timezone=view.timezone,
        avatar_url=None,
        headline=view.headline,
        session_types=list(view.session_types),
        prices_minor=dict(view.prices_minor),
        currency=view.currency,
        session_lengths_minutes=list(view.session_lengths_minutes),
        is_accepting=view.is_accepting,
        is_favourite=view.is_favourite,
    )


def _user_admin_out(view: UserAdminView) -> UserAdminOut:
    return UserAdminOut(
        id=view.user_id,
        email=view.email,
        role=view.role,
        is_active=view.is_active,
        display_name=view.display_name,
        date_joined=view.date_joined,
    )


@router.get("/me", response=MeOut, summary="My profile", operation_id="users_me_get")
def me(request: HttpRequest) -> MeOut:
    """Any signed-in account: its own profile. Changes nothing."""
    return me_out(profile_services.profile_mine(request.auth))


@router.patch("/me", response=MeOut, summary="Edit my profile", operation_id="users_me_update")
def me_patch(request: HttpRequest, payload: MePatch) -> MeOut:
    """Any signed-in account edits its own profile (display name, bio, languages, timezone). Role and other server-
    owned fields cannot be set.
    """
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    view = profile_services.profile_update(actor=actor_of(request), changes=changes)
    return me_out(view)


class AccountErasureIn(StrictSchema):
    password: str | None = Field(
        default=None,
        max_length=4096,
        description="Required for accounts with a password; others must have signed in in the last 10 minutes",
    )


class AccountErasureAcceptedOut(Schema):
    status: str = Field(description='"pending": it happens after the grace period unless cancelled')
    erasure_url: str = Field(description="Where to see when it happens, and how to cancel it")


@router.delete(
    "/me",
    response={202: AccountErasureAcceptedOut},
    operation_id="users_me_erase",
    openapi_extra=error_responses(403),
    summary="Erase my account (after a 7-day grace period)",
    description=(
        "Asks for the caller's account to be erased: after 7 days, unless cancelled "
        "(`POST /api/users/me/erasure/cancel`), personal data is removed or pseudonymised, future "
        "sessions are cancelled per policy, tokens and devices revoked, media deleted; messages stay for "
        'the other side as from "Deleted user", financial records stay pseudonymised. Needs the password, '
        "or for accounts without one a sign-in in the last 10 minutes (403 `password_incorrect` / "
        "`recent_login_required`). Asking again while one is pending changes nothing."
    ),
)
def me_erase(request: HttpRequest, payload: AccountErasureIn):
    erasure_services.account_erasure_request(
        actor=actor_of(request),
        password=payload.password,
        token_issued_at=token_issued_at(request),
        now=deps.clock().now(),
    )
    return Status(202, AccountErasureAcceptedOut(status="pending", erasure_url="/api/users/me/erasure"))


@router.get(
    "/me/friend-profile",
    response=FriendProfileOut,
    summary="My friend profile (friends only)",
    operation_id="users_friend_profile_get",
    openapi_extra=error_responses(403),
)
def my_friend_profile(request: HttpRequest) -> FriendProfileOut:
    """Friends only: their own friend profile (offer, prices, capacity). Changes nothing."""
    return _friend_profile_out(friend_services.friend_profile_get(actor=actor_of(request)))


@router.patch(
    "/me/friend-profile",
    response=FriendProfileOut,
    summary="Edit my friend profile (friends only)",
    operation_id="users_friend_profile_update",
    openapi_extra=error_responses(403),
)
def my_friend_profile_patch(request: HttpRequest, payload: FriendProfilePatch) -> FriendProfileOut:
    """Friends only: edit their own friend profile. Changes nothing else."""
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    view = friend_services.friend_profile_update(actor=actor_of(request), changes=changes)
    return _friend_profile_out(view)


@router.get("/friends", response=FriendPageOut, summary="Browse friends", operation_id="users_friends_list")
def friends(request: HttpRequest, filters: Query[FriendFilters]) -> FriendPageOut:
    """Any signed-in account: browse the public cards of friends taking bookings. Changes nothing."""
    page = friend_services.friends_list(
        actor=actor_of(request),
        page=filters.page_request(),
        search=filters.q,
        session_type=filters.session_type,
        language=filters.language,
    )
    return page_out(FriendPageOut, page, _friend_card_out)


@router.get(
    "/friends/{friend_id}",
    response=FriendCardOut,
    summary="A friend's public profile",
    operation_id="users_friends_get",
    openapi_extra=error_responses(404),
)
def friend(request: HttpRequest, friend_id: UserId) -> FriendCardOut:
    """Any signed-in account: one friend's public card. Changes nothing."""
    return _friend_card_out(friend_services.friend_get(actor=actor_of(request), friend_id=friend_id))


@router.get(
    "",
    response=UserPageOut,
    summary="Find accounts (staff)",
    operation_id="users_list",
    openapi_extra=error_responses(403),
)
def users(request: HttpRequest, filters: Query[UserFilters]) -> UserPageOut:
    """Staff (managers and admins): find accounts by email, name or role. Changes nothing."""
    page = staff_services.users_list(
        actor=actor_of(request),
        page=filters.page_request(),
        search=filters.q,
        role=Role(filters.role) if filters.role else None,
    )
    return page_out(UserPageOut, page, _user_admin_out)


@router.get(
    "/{user_id}",
    response=UserAdminOut,
    summary="One account (staff)",
    operation_id="users_get",
    openapi_extra=error_responses(403, 404),
)
def user(request: HttpRequest, user_id: UserId) -> UserAdminOut:
    """Staff: one account. Changes nothing."""
    return _user_admin_out(staff_services.user_get(actor=actor_of(request), user_id=user_id))


@router.post(
    "/{user_id}/role",
    response=UserAdminOut,
    summary="Change an account's role (staff)",
    operation_id="users_role_set",
    openapi_extra=error_responses(403, 404),
)
def user_role(request: HttpRequest, user_id: UserId, payload: RoleIn) -> UserAdminOut:
    """Staff change another account's role; only an admin grants or removes staff roles, and nobody changes
    their own.
    """
    view = staff_services.user_role_change(actor=actor_of(request), user_id=user_id, role=Role(payload.role))
    return _user_admin_out(view)


@router.post(
    "/{user_id}/deactivate",
    response=UserAdminOut,
    summary="Deactivate an account (staff)",
    operation_id="users_deactivate",
    openapi_extra=error_responses(403, 404),
)
def user_deactivate(request: HttpRequest, user_id: UserId) -> UserAdminOut:
    """Staff deactivate another account: it can no longer sign in and its tokens stop working. Only an admin may
    deactivate staff.
    """
    return _user_admin_out(staff_services.user_deactivate(actor=actor_of(request), user_id=user_id))


@router.post(
    "/{user_id}/reactivate",
    response=UserAdminOut,
    summary="Reactivate an account (staff)",
    operation_id="users_reactivate",
    openapi_extra=error_responses(403, 404),
)
def user_reactivate(request: HttpRequest, user_id: UserId) -> UserAdminOut:
    """Staff reactivate a deactivated account. Only an admin may reactivate staff."""
    return _user_admin_out(staff_services.user_reactivate(actor=actor_of(request), user_id=user_id))
