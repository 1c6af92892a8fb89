"""Staff user management: find accounts, change roles, deactivate and reactivate."""

from __future__ import annotations

from django.db import transaction

from core.errors import NotFound
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from modules.accounts.domain.staff import (
    UserAdminView,
    check_activation_change,
    check_role_change,
    require_staff,
)
from modules.accounts.repositories import friends as friends_repo
from modules.accounts.repositories import staff as repo


def users_list(
    *, actor: Actor, page: PageRequest, search: str | None = None, role: Role | None = None
) -> Page[UserAdminView]:
    require_staff(actor)
    return repo.list_users(page=page, search=search or None, role=role)


def user_get(*, actor: Actor, user_id: int) -> UserAdminView:
    require_staff(actor)
    view = repo.get_user(user_id)
    if view is None:
        raise NotFound("No such user.")
    return view


def _locked_target(user_id: int) -> UserAdminView:
    view = repo.get_user(user_id, for_update=True)
    if view is None:
        raise NotFound("No such user.")
    return view


def user_role_change(*, actor: Actor, user_id: int, role: Role) -> UserAdminView:
    require_staff(actor)
    with transaction.atomic():
        target = _locked_target(user_id)
        check_role_change(actor=actor, target=target, new_role=role)
        if role == target.role:
            return target
        repo.set_role(user_id, role)
        if role == Role.FRIEND:
            friends_repo.ensure_friend_profile(user_id)
        return _locked_target(user_id)


def user_deactivate(*, actor: Actor, user_id: int) -> UserAdminView:
    require_staff(actor)
    with transaction.atomic():
        target = _locked_target(user_id)
        check_activation_change(actor=actor, target=target)
        repo.set_active(user_id, active=False)
        # Access tokens die at once (auth checks is_active); refresh tokens must not mint new ones.
        repo.blacklist_refresh_tokens(user_id)
        return _locked_target(user_id)


def user_reactivate(*, actor: Actor, user_id: int) -> UserAdminView:
    require_staff(actor)
    with transaction.atomic():
        target = _locked_target(user_id)
        check_activation_change(actor=actor, target=target)
        repo.set_active(user_id, active=True)
        return _locked_target(user_id)
