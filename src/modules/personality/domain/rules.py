"""Who may do what with the questionnaire."""

from __future__ import annotations

from core.errors import PermissionDenied
from core.identity import Actor


def require_staff(actor: Actor) -> None:
    if not actor.is_staff:
        raise PermissionDenied("Only staff can publish a questionnaire.", code="staff_only")
