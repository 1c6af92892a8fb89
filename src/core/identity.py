"""Who is acting: the roles and the Actor every service receives instead of a request."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.errors import PermissionDenied


class Role(StrEnum):
    USER = "user"
    FRIEND = "friend"
    MANAGER = "manager"
    ADMIN = "admin"


STAFF_ROLES = frozenset({Role.MANAGER, Role.ADMIN})


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: Role
    is_superuser: bool = False

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES or self.is_superuser

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN or self.is_superuser


def require_staff(actor: Actor, detail: str = "Only staff can do this.") -> None:
    """The one staff check every service makes (managers, admins, superusers); `detail` says what
    was refused. Always the stable code `staff_only`, so clients can tell it from other 403s."""
    if not actor.is_staff:
        raise PermissionDenied(detail, code="staff_only")
