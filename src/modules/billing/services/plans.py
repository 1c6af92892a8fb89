"""Plans: everyone signed in sees the active ones; staff manage them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import NotFound, PermissionDenied
from core.identity import Actor
from modules.billing.repositories import plans as repo
from modules.billing.repositories.plans import PlanView


def plans_list(*, actor: Actor) -> list[PlanView]:
    return repo.plans(active_only=not actor.is_staff)


def plan_create(*, actor: Actor, fields: Mapping[str, Any]) -> PlanView:
    if not actor.is_staff:
        raise PermissionDenied("Only staff manage plans.")
    return repo.create_plan(fields)


def plan_update(*, actor: Actor, plan_id: int, changes: Mapping[str, Any]) -> PlanView:
    if not actor.is_staff:
        raise PermissionDenied("Only staff manage plans.")
    updated = repo.update_plan(plan_id, changes) if changes else repo.plan(plan_id)
    if updated is None:
        raise NotFound("No such plan.")
    return updated
