"""All ORM access of privacy's erasure requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from kit.export import label, rows
from modules.privacy.models import ErasureRequest


@dataclass(frozen=True)
class ErasureView:
    id: int
    user_id: int
    status: str
    requested_at: datetime
    due_at: datetime
    finished_at: datetime | None


def _view(r: ErasureRequest) -> ErasureView:
    return ErasureView(r.pk, r.user_id, r.status, r.requested_at, r.due_at, r.finished_at)


def latest_of(user_id: int) -> ErasureView | None:
    r = ErasureRequest.objects.filter(user_id=user_id).order_by("-requested_at", "-pk").first()
    return _view(r) if r else None


def pending_of(user_id: int, *, lock: bool = False) -> ErasureView | None:
    qs = ErasureRequest.objects.filter(user_id=user_id, status=ErasureRequest.Status.PENDING)
    if lock:
        qs = qs.select_for_update()
    r = qs.first()
    return _view(r) if r else None


def create(*, user_id: int, requested_by: int, at: datetime, due_at: datetime) -> ErasureView:
    """A pending request, or the one already pending (one per person, also under concurrency)."""
    try:
        with transaction.atomic():
            r = ErasureRequest.objects.create(
                user_id=user_id, requested_by_id=requested_by, requested_at=at, due_at=due_at
            )
    except IntegrityError:
        existing = pending_of(user_id)
        assert existing is not None
        return existing
    return _view(r)


def finish(request_id: int, *, status: str, at: datetime) -> None:
    ErasureRequest.objects.filter(pk=request_id, status=ErasureRequest.Status.PENDING).update(
        status=status, finished_at=at
    )


def due_ids(now: datetime, *, limit: int = 100) -> list[int]:
    return list(
        ErasureRequest.objects.filter(status=ErasureRequest.Status.PENDING, due_at__lte=now)
        .order_by("due_at")
        .values_list("pk", flat=True)[:limit]
    )


def lock(request_id: int) -> ErasureView | None:
    r = ErasureRequest.objects.select_for_update().filter(pk=request_id).first()
    return _view(r) if r else None


def export_of(user_id: int) -> dict[str, list[dict[str, object]]]:
    return {label(ErasureRequest): rows(ErasureRequest.objects.filter(user_id=user_id))}
