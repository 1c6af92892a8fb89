"""Who on the staff may change whose role or active state. Pure rules, no Django."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.errors import PermissionDenied
from core.identity import STAFF_ROLES, Actor, Role, require_staff

# Managers run the marketplace (who offers sessions); only admins hand out staff powers.
MANAGER_ASSIGNABLE = frozenset({Role.USER, Role.FRIEND})


@dataclass(frozen=True)
class UserAdminView:
    """What staff see about an account."""

    user_id: int
    email: str
    role: Role
    is_active: bool
    display_name: str
    date_joined: datetime


def check_role_change(*, actor: Actor, target: UserAdminView, new_role: Role) -> None:
    require_staff(actor)
    if actor.user_id == target.user_id:
        raise PermissionDenied("Nobody can change their own role.", code="own_role")
    if actor.is_admin:
        return
    if target.role not in MANAGER_ASSIGNABLE or new_role not in MANAGER_ASSIGNABLE:
        raise PermissionDenied("Only an admin can grant or remove staff roles.", code="admin_only")


def check_activation_change(*, actor: Actor, target: UserAdminView) -> None:
    """Deactivate or reactivate. Staff accounts are an admin's business, so one manager
    cannot lock out the others (stricter than "admins only by admins", on purpose)."""
    require_staff(actor)
    if actor.user_id == target.user_id:
        raise PermissionDenied("Nobody can deactivate or reactivate themselves.", code="own_account")
    if target.role in STAFF_ROLES and not actor.is_admin:
        raise PermissionDenied("Only an admin can change a staff account.", code="admin_only")
