"""Who may change whose role or active state: pure rules, no database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.errors import PermissionDenied
from core.identity import Actor, Role
from modules.accounts.domain.staff import UserAdminView, check_activation_change, check_role_change

ADMIN = Actor(user_id=1, role=Role.ADMIN)
SUPERUSER = Actor(user_id=2, role=Role.USER, is_superuser=True)
MANAGER = Actor(user_id=3, role=Role.MANAGER)


def account(user_id: int, role: Role) -> UserAdminView:
    return UserAdminView(user_id, f"{user_id}@x.io", role, True, "", datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("actor", "current", "new", "allowed"),
    [
        (MANAGER, Role.USER, Role.FRIEND, True),
        (MANAGER, Role.FRIEND, Role.USER, True),
        (MANAGER, Role.USER, Role.MANAGER, False),
        (MANAGER, Role.USER, Role.ADMIN, False),
        (MANAGER, Role.MANAGER, Role.USER, False),
        (MANAGER, Role.ADMIN, Role.USER, False),
        (ADMIN, Role.USER, Role.MANAGER, True),
        (ADMIN, Role.MANAGER, Role.ADMIN, True),
        (ADMIN, Role.ADMIN, Role.USER, True),
        (SUPERUSER, Role.USER, Role.ADMIN, True),
        (Actor(9, Role.USER), Role.USER, Role.FRIEND, False),
        (Actor(9, Role.FRIEND), Role.USER, Role.FRIEND, False),
    ],
)
def test_role_changes(actor, current, new, allowed):
    target = account(50, current)
    if allowed:
        check_role_change(actor=actor, target=target, new_role=new)
    else:
        with pytest.raises(PermissionDenied):
            check_role_change(actor=actor, target=target, new_role=new)


@pytest.mark.parametrize("actor", [ADMIN, MANAGER])
def test_nobody_changes_their_own_role(actor):
    with pytest.raises(PermissionDenied) as exc:
        check_role_change(actor=actor, target=account(actor.user_id, actor.role), new_role=Role.USER)
    assert exc.value.code == "own_role"


@pytest.mark.parametrize(
    ("actor", "target_role", "allowed"),
    [
        (MANAGER, Role.USER, True),
        (MANAGER, Role.FRIEND, True),
        (MANAGER, Role.MANAGER, False),
        (MANAGER, Role.ADMIN, False),
        (ADMIN, Role.ADMIN, True),
        (ADMIN, Role.MANAGER, True),
        (Actor(9, Role.FRIEND), Role.USER, False),
    ],
)
def test_activation_changes(actor, target_role, allowed):
    target = account(50, target_role)
    if allowed:
        check_activation_change(actor=actor, target=target)
    else:
        with pytest.raises(PermissionDenied):
            check_activation_change(actor=actor, target=target)


def test_nobody_deactivates_themselves():
    with pytest.raises(PermissionDenied):
        check_activation_change(actor=ADMIN, target=account(ADMIN.user_id, Role.ADMIN))
