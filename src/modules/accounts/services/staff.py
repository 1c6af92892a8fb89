"""Staff user management: find accounts, change roles, deactivate and reactivate."""

from __future__ import annotations

from django.db import transaction

from core import events
from core.errors import NotFound
from core.identity import Actor, Role, require_staff
from core.pagination import Page, PageRequest
from modules.accounts.domain.staff import (
    UserAdminView,
    check_activation_change,
    check_role_change,
)
from modules.accounts.repositories import friends as friends_repo
from modules.accounts.repositories import staff as repo
from modules.accounts.repositories import tokens as tokens_repo


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
        events.publish(events.RoleChanged(user_id=user_id, role=role))
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="account.role_change",
                target_type="user",
                target_id=user_id,
                reason=f"{target.role.value} -> {role.value}",
            )
        )
        return _locked_target(user_id)


def user_deactivate(*, actor: Actor, user_id: int, reason: str = "") -> UserAdminView:
    require_staff(actor)
    with transaction.atomic():
        target = _locked_target(user_id)
        check_activation_change(actor=actor, target=target)
        repo.set_active(user_id, active=False)
        # Access tokens die at once (auth checks is_active); refresh tokens must not mint new ones.
        tokens_repo.blacklist_all_for(user_id)
        # Open sockets (chat) close too; subscribers act after commit.
        events.publish(events.AccountDeactivated(user_id=user_id))
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="account.deactivate",
                target_type="user",
                target_id=user_id,
                reason=reason,
            )
        )
        return _locked_target(user_id)


def user_reactivate(*, actor: Actor, user_id: int, reason: str = "") -> UserAdminView:
    require_staff(actor)
    with transaction.atomic():
        target = _locked_target(user_id)
        check_activation_change(actor=actor, target=target)
        account_reactivate(user_id)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="account.reactivate",
                target_type="user",
                target_id=user_id,
                reason=reason,
            )
        )
        return _locked_target(user_id)


def account_reactivate(user_id: int) -> None:
    """Let the person in again (no permission check: callers decide, e.g. a suspension that ended)."""
    repo.set_active(user_id, active=True)
    events.publish(events.AccountReactivated(user_id=user_id))
