"""Who is acting: the roles and the Actor every service receives instead of a request."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
