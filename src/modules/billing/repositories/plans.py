"""Plans: ORM access, returning frozen views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from core.errors import Conflict
from modules.billing.models import Plan


@dataclass(frozen=True)
class PlanView:
    id: int
    code: str
    name: str
    interval: str
    price_minor: int
    currency: str
    stripe_price_id: str
    session_types: tuple[str, ...]
    sessions_per_period: int
    is_active: bool


def _view(p: Plan) -> PlanView:
    return PlanView(
        id=p.pk,
        code=p.code,
        name=p.name,
        interval=p.interval,
        price_minor=p.price_minor,
        currency=p.currency,
        stripe_price_id=p.stripe_price_id,
        session_types=tuple(p.session_types),
        sessions_per_period=p.sessions_per_period,
        is_active=p.is_active,
    )


def plans(*, active_only: bool) -> list[PlanView]:
    qs = Plan.objects.order_by("price_minor", "pk")
    if active_only:
        qs = qs.filter(is_active=True)
    return [_view(p) for p in qs]


def plan(plan_id: int) -> PlanView | None:
    p = Plan.objects.filter(pk=plan_id).first()
    return _view(p) if p else None


def plan_by_price(stripe_price_id: str | None) -> PlanView | None:
    p = Plan.objects.filter(stripe_price_id=stripe_price_id).first() if stripe_price_id else None
    return _view(p) if p else None


def plan_by_code(code: str) -> PlanView | None:
    p = Plan.objects.filter(code=code).first()
    return _view(p) if p else None


def _unique(exc: IntegrityError) -> Conflict:
    return Conflict("A plan with this code or Stripe price already exists.", code="plan_exists")


def create_plan(fields: Mapping[str, Any]) -> PlanView:
    try:
        with transaction.atomic():
            return _view(Plan.objects.create(**fields))
    except IntegrityError as exc:
        raise _unique(exc) from exc


def update_plan(plan_id: int, changes: Mapping[str, Any]) -> PlanView | None:
    try:
        with transaction.atomic():
            if not Plan.objects.filter(pk=plan_id).update(**changes) and not Plan.objects.filter(pk=plan_id).exists():
                return None
    except IntegrityError as exc:
        raise _unique(exc) from exc
    return plan(plan_id)


def ensure_plan(code: str, fields: Mapping[str, Any]) -> tuple[PlanView, bool]:
    p, created = Plan.objects.update_or_create(code=code, defaults=dict(fields))
    return _view(p), created
