"""ORM access for staff user management: listing accounts, roles, activation (tokens: tokens.py)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from core.identity import STAFF_ROLES, Role
from core.pagination import Page, PageRequest
from modules.accounts.domain.staff import UserAdminView
from modules.accounts.models import Profile, User


def _view(user: User) -> UserAdminView:
    try:
        display_name = user.profile.display_name
    except Profile.DoesNotExist:
        display_name = ""
    return UserAdminView(
        user_id=user.pk,
        email=user.email,
        role=Role(user.role),
        is_active=user.is_active,
        display_name=display_name,
        date_joined=user.date_joined,
    )


def _users() -> QuerySet[User]:
    return User.objects.select_related("profile")


def get_user(user_id: int, *, for_update: bool = False) -> UserAdminView | None:
    query = _users()
    if for_update:
        # Lock only the user row: PostgreSQL refuses FOR UPDATE on the nullable side of the join.
        query = query.select_for_update(of=("self",))
    user = query.filter(pk=user_id).first()
    return _view(user) if user else None


def list_users(*, page: PageRequest, search: str | None = None, role: Role | None = None) -> Page[UserAdminView]:
    query = _users()
    if search:
        query = query.filter(Q(email__icontains=search) | Q(profile__display_name__icontains=search))
    if role:
        query = query.filter(role=role)
    total = query.count()
    rows = query.order_by("email")[page.offset : page.offset + page.limit]
    return Page(items=[_view(u) for u in rows], total=total, limit=page.limit, offset=page.offset)


def set_role(user_id: int, role: Role) -> None:
    user = User.objects.only("is_superuser").get(pk=user_id)
    # `is_staff` only opens the Django admin; it follows the API role.
    User.objects.filter(pk=user_id).update(role=role, is_staff=role in STAFF_ROLES or user.is_superuser)


def set_active(user_id: int, *, active: bool) -> None:
    User.objects.filter(pk=user_id).update(is_active=active)
