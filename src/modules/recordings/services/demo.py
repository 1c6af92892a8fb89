"""Demo data: one ready recording of a finished demo session (make run)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings

from modules.recordings import dependencies as deps
from modules.recordings.domain.recordings import State, key_prefix
from modules.recordings.models import Recording


def demo_recording_ensure(
    *, session_id: int, user_id: int, friend_id: int, ended_at: datetime, data: bytes, content_type: str
) -> list[str]:
    """A ready recording of that session whose file (`data`) is in media storage; idempotent."""
    if Recording.objects.filter(session_id=session_id).exists():
        return []
    rec = Recording.objects.create(
        session_id=session_id,
        user_id=user_id,
        friend_id=friend_id,
        state=State.READY,
        requested_by_id=user_id,
        user_consented_at=ended_at - timedelta(minutes=50),
        friend_consented_at=ended_at - timedelta(minutes=49),
        started_at=ended_at - timedelta(minutes=49),
        stopped_at=ended_at - timedelta(minutes=5),
        stopped_by_id=friend_id,
        ready_at=ended_at,
        created_at=ended_at - timedelta(minutes=50),
        delete_after=ended_at + timedelta(days=settings.RECORDING_RETENTION_DAYS),
    )
    prefix = key_prefix(session_id=session_id, recording_id=rec.pk)
    key = f"{prefix}/demo_hl-session-{session_id}.wav"
    stored = deps.media().put(key=key, data=data, content_type=content_type)
    Recording.objects.filter(pk=rec.pk).update(
        key_prefix=prefix, object_key=key, size=stored.size, content_type=stored.content_type
    )
    return [f"demo recording {rec.pk} of session {session_id} (ready)"]
