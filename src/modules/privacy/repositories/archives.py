"""Export archives (zip files of a person's data): their rows; the files live in the media store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kit.export import label, rows
from modules.privacy.models import ExportArchive

S = ExportArchive.Status


@dataclass(frozen=True)
class ArchiveView:
    id: int
    user_id: int
    status: str
    key: str
    size: int
    requested_at: datetime
    ready_at: datetime | None
    expires_at: datetime | None


def _view(a: ExportArchive) -> ArchiveView:
    return ArchiveView(a.pk, a.user_id, a.status, a.key, a.size, a.requested_at, a.ready_at, a.expires_at)


def latest_of(user_id: int) -> ArchiveView | None:
    a = ExportArchive.objects.filter(user_id=user_id).order_by("-requested_at", "-pk").first()
    return _view(a) if a else None


def get(archive_id: int) -> ArchiveView | None:
    a = ExportArchive.objects.filter(pk=archive_id).first()
    return _view(a) if a else None


def create(*, user_id: int, at: datetime) -> ArchiveView:
    return _view(ExportArchive.objects.create(user_id=user_id, requested_at=at))


def mark_ready(*, archive_id: int, key: str, size: int, at: datetime, expires_at: datetime) -> bool:
    """Only a pending archive becomes ready (a rerun of the task changes nothing)."""
    return bool(
        ExportArchive.objects.filter(pk=archive_id, status=S.PENDING).update(
            status=S.READY, key=key, size=size, ready_at=at, expires_at=expires_at
        )
    )


def mark_failed(archive_id: int) -> None:
    ExportArchive.objects.filter(pk=archive_id, status=S.PENDING).update(status=S.FAILED)


def expired_ready(*, now: datetime) -> list[ArchiveView]:
    return [_view(a) for a in ExportArchive.objects.filter(status=S.READY, expires_at__lt=now)]


def mark_expired(archive_id: int) -> None:
    ExportArchive.objects.filter(pk=archive_id).update(status=S.EXPIRED, key="")


def delete_of(user_id: int) -> None:
    ExportArchive.objects.filter(user_id=user_id).delete()


def export_of(user_id: int) -> dict[str, list[dict[str, object]]]:
    return {label(ExportArchive): rows(ExportArchive.objects.filter(user_id=user_id))}
