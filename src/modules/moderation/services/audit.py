"""The audit log: every staff action, readable by admins."""

from __future__ import annotations

from datetime import datetime

from core import events
from core.errors import PermissionDenied
from core.identity import Actor
from core.pagination import Page, PageRequest
from modules.moderation.repositories import moderation as repo
from modules.moderation.repositories.moderation import AuditView


def on_staff_acted(event: events.StaffActed, *, now: datetime) -> None:
    repo.audit_add(
        actor_id=event.actor_id,
        action=event.action,
        target_type=event.target_type,
        target_id=event.target_id,
        reason=event.reason,
        at=event.at or now,
    )


def audit_list(
    *,
    actor: Actor,
    actor_id: int | None,
    action: str | None,
    target_type: str | None,
    target_id: int | None,
    page: PageRequest,
) -> Page[AuditView]:
    if not actor.is_admin:
        raise PermissionDenied("Only admins read the audit log.", code="admin_only")
    items, total = repo.audit_list(
        actor_id=actor_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        limit=page.limit,
        offset=page.offset,
    )
    return Page(items, total, page.limit, page.offset)
