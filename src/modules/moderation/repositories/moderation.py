"""All ORM access of moderation: suspensions and the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q

from kit.export import label, rows
from modules.moderation.models import AuditEntry, Suspension


@dataclass(frozen=True)
class SuspensionView:
    id: int
    user_id: int
    reason: str
    starts_at: datetime
    ends_at: datetime | None
    created_by_id: int
    lifted_at: datetime | None
    lifted_by_id: int | None
    lift_reason: str


@dataclass(frozen=True)
class AuditView:
    id: int
    actor_id: int
    action: str
    target_type: str
    target_id: int
    reason: str
    at: datetime


def _suspension(s: Suspension) -> SuspensionView:
    return SuspensionView(
        s.pk, s.user_id, s.reason, s.starts_at, s.ends_at, s.created_by_id, s.lifted_at, s.lifted_by_id, s.lift_reason
    )


def _audit(a: AuditEntry) -> AuditView:
    return AuditView(a.pk, a.actor_id, a.action, a.target_type, a.target_id, a.reason, a.at)


def suspension_create(
    *, user_id: int, reason: str, starts_at: datetime, ends_at: datetime | None, created_by: int
) -> SuspensionView | None:
    """The new suspension, or None if the person is suspended already."""
    try:
        with transaction.atomic():
            s = Suspension.objects.create(
                user_id=user_id, reason=reason, starts_at=starts_at, ends_at=ends_at, created_by_id=created_by
            )
    except IntegrityError:
        return None
    return _suspension(s)


def suspension_lock(suspension_id: int) -> SuspensionView | None:
    s = Suspension.objects.select_for_update().filter(pk=suspension_id).first()
    return _suspension(s) if s else None


def active_of(user_id: int) -> SuspensionView | None:
    s = Suspension.objects.filter(user_id=user_id, lifted_at__isnull=True).first()
    return _suspension(s) if s else None


def suspension_lift(suspension_id: int, *, at: datetime, by: int | None, reason: str) -> None:
    Suspension.objects.filter(pk=suspension_id, lifted_at__isnull=True).update(
        lifted_at=at, lifted_by_id=by, lift_reason=reason
    )


def expired_ids(now: datetime, *, limit: int = 100) -> list[int]:
    return list(
        Suspension.objects.filter(lifted_at__isnull=True, ends_at__lte=now)
        .order_by("ends_at")
        .values_list("pk", flat=True)[:limit]
    )


def suspensions_list(
    *, user_id: int | None, active: bool | None, limit: int, offset: int
) -> tuple[list[SuspensionView], int]:
    qs = Suspension.objects.all()
    if user_id is not None:
        qs = qs.filter(user_id=user_id)
    if active is not None:
        qs = qs.filter(lifted_at__isnull=active)
    return [_suspension(s) for s in qs.order_by("-starts_at", "-pk")[offset : offset + limit]], qs.count()


def audit_add(*, actor_id: int, action: str, target_type: str, target_id: int, reason: str, at: datetime) -> None:
    AuditEntry.objects.create(
        actor_id=actor_id, action=action, target_type=target_type, target_id=target_id, reason=reason[:1000], at=at
    )


def audit_list(
    *,
    actor_id: int | None,
    action: str | None,
    target_type: str | None,
    target_id: int | None,
    limit: int,
    offset: int,
) -> tuple[list[AuditView], int]:
    qs = AuditEntry.objects.all()
    if actor_id is not None:
        qs = qs.filter(actor_id=actor_id)
    if action is not None:
        qs = qs.filter(action=action)
    if target_type is not None:
        qs = qs.filter(target_type=target_type)
    if target_id is not None:
        qs = qs.filter(target_id=target_id)
    return [_audit(a) for a in qs.order_by("-at", "-pk")[offset : offset + limit]], qs.count()


def export_of(user_id: int) -> dict[str, list[dict[str, object]]]:
    return {
        # Suspensions of the person (the staff member who acted is an id, nothing more).
        label(Suspension): rows(Suspension.objects.filter(user_id=user_id)),
        # Staff actions the person took, and those taken on their account.
        label(AuditEntry): rows(
            AuditEntry.objects.filter(Q(actor_id=user_id) | Q(target_type="user", target_id=user_id))
        ),
    }
