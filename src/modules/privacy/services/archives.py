"""The data export as a zip (GDPR art. 20 portability): `data.json` (the same archive as
`GET /api/users/me/export`) and `media/…` (the person's files, e.g. their avatar). Building it
reads every module and the media store, so it runs as a task; the person then downloads it by
a short-lived presigned link while the archive is valid (24 hours), and the retention job
deletes the file afterwards."""

from __future__ import annotations

import io
import json
import logging
import secrets
import zipfile
from datetime import datetime, timedelta

from django.core.serializers.json import DjangoJSONEncoder

from core.errors import NotFound
from core.identity import Actor
from core.ports.media import MediaStorage
from core.ports.tasks import TaskQueue
from kit.transactions import after_commit
from modules.accounts.public import personal_media_keys
from modules.privacy.repositories import archives as repo
from modules.privacy.repositories.archives import ArchiveView
from modules.privacy.services.export import personal_data_export

logger = logging.getLogger(__name__)

BUILD_TASK = "privacy.build_export_archive"
VALID_FOR = timedelta(hours=24)
LINK_SECONDS = 300  # each download link: five minutes
# A pending archive younger than this is the answer to a repeated request (no pile of tasks).
PENDING_REUSE = timedelta(minutes=15)


def prefix_of(user_id: int) -> str:
    return f"exports/{user_id}/"


def archive_request(*, actor: Actor, now: datetime, tasks: TaskQueue) -> ArchiveView:
    latest = repo.latest_of(actor.user_id)
    if latest is not None and latest.status == "pending" and now - latest.requested_at < PENDING_REUSE:
        return latest
    archive = repo.create(user_id=actor.user_id, at=now)
    after_commit(lambda: tasks.enqueue(BUILD_TASK, archive_id=archive.id))
    return archive


def archive_status(*, actor: Actor) -> ArchiveView:
    latest = repo.latest_of(actor.user_id)
    if latest is None:
        raise NotFound("No export archive was asked for.")
    return latest


def download_url(archive: ArchiveView, *, now: datetime, storage: MediaStorage) -> str | None:
    if archive.status != "ready" or archive.expires_at is None or archive.expires_at <= now:
        return None
    return storage.presign_download(key=archive.key, expires_in_seconds=LINK_SECONDS)


def archive_build(*, archive_id: int, now: datetime, storage: MediaStorage) -> bool:
    """Build and store the zip (task; idempotent: only a pending archive is built)."""
    archive = repo.get(archive_id)
    if archive is None or archive.status != "pending":
        return False
    try:
        data = personal_data_export(user_id=archive.user_id, now=now)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=1))
            for key in personal_media_keys(archive.user_id):
                blob = storage.read(key=key)
                if blob is not None:
                    zf.writestr(f"media/{key}", blob)
        key = f"{prefix_of(archive.user_id)}{secrets.token_urlsafe(24)}.zip"
        payload = buffer.getvalue()
        storage.put(key=key, data=payload, content_type="application/zip")
    except Exception:
        logger.exception("export archive %s could not be built", archive_id)
        repo.mark_failed(archive_id)
        return False
    if not repo.mark_ready(archive_id=archive_id, key=key, size=len(payload), at=now, expires_at=now + VALID_FOR):
        storage.delete(key=key)  # someone else finished it meanwhile
        return False
    return True


def archives_expire(*, now: datetime, storage: MediaStorage) -> int:
    """Delete the files of archives past their validity (the retention job)."""
    done = 0
    for archive in repo.expired_ready(now=now):
        if archive.key:
            storage.delete(key=archive.key)
        repo.mark_expired(archive.id)
        done += 1
    return done


def archives_erase(user_id: int, *, storage: MediaStorage) -> None:
    """Erasure: the archives and their files go (they hold everything about the person)."""
    repo.delete_of(user_id)
    after_commit(lambda: storage.delete_prefix(prefix=prefix_of(user_id)))
