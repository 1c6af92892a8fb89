"""Plans: everyone signed in sees the active ones; staff manage them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.errors import NotFound, PermissionDenied
from core.events import StaffActed, publish
from core.identity import Actor
from modules.billing.repositories import plans as repo
from modules.billing.repositories.plans import PlanView


def plans_list(*, actor: Actor) -> list[PlanView]:
    return repo.plans(active_only=not actor.is_staff)


def plan_create(*, actor: Actor, fields: Mapping[str, Any]) -> PlanView:
    if not actor.is_staff:
        raise PermissionDenied("Only staff manage plans.")
    with transaction.atomic():
        plan = repo.create_plan(fields)
        publish(
            StaffActed(
                actor_id=actor.user_id, action="plan.create", target_type="plan", target_id=plan.id, at=timezone.now()
            )
        )
    return plan


def plan_update(*, actor: Actor, plan_id: int, changes: Mapping[str, Any]) -> PlanView:
    if not actor.is_staff:
        raise PermissionDenied("Only staff manage plans.")
    with transaction.atomic():
        updated = repo.update_plan(plan_id, changes) if changes else repo.plan(plan_id)
        if updated is None:
            raise NotFound("No such plan.")
        if changes:
            publish(
                StaffActed(
                    actor_id=actor.user_id,
                    action="plan.update",
                    target_type="plan",
                    target_id=plan_id,
                    reason=", ".join(sorted(changes)),
                    at=timezone.now(),
                )
            )
    return updated
