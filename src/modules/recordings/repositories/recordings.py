"""ORM access for recordings; returns frozen views, never QuerySets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q

from core.pagination import Page, PageRequest
from kit.export import label, rows
from modules.recordings.domain.recordings import OPEN_STATES, State
from modules.recordings.models import Recording


@dataclass(frozen=True)
class RecordingView:
    id: int
    session_id: int
    user_id: int
    friend_id: int
    state: State
    requested_by_id: int
    user_consented_at: datetime | None
    friend_consented_at: datetime | None
    started_at: datetime | None
    stopped_at: datetime | None
    stopped_by_id: int | None
    ready_at: datetime | None
    provider_resource_id: str
    provider_sid: str
    key_prefix: str
    object_key: str
    size: int | None
    content_type: str
    created_at: datetime
    delete_after: datetime | None


def _view(r: Recording) -> RecordingView:
    return RecordingView(
        id=r.pk,
        session_id=r.session_id,
        user_id=r.user_id,
        friend_id=r.friend_id,
        state=State(r.state),
        requested_by_id=r.requested_by_id,
        user_consented_at=r.user_consented_at,
        friend_consented_at=r.friend_consented_at,
        started_at=r.started_at,
        stopped_at=r.stopped_at,
        stopped_by_id=r.stopped_by_id,
        ready_at=r.ready_at,
        provider_resource_id=r.provider_resource_id,
        provider_sid=r.provider_sid,
        key_prefix=r.key_prefix,
        object_key=r.object_key,
        size=r.size,
        content_type=r.content_type,
        created_at=r.created_at,
        delete_after=r.delete_after,
    )


def get(recording_id: int, *, lock: bool = False) -> RecordingView | None:
    query = Recording.objects.select_for_update() if lock else Recording.objects
    row = query.filter(pk=recording_id).first()
    return _view(row) if row else None


def open_of_session(session_id: int, *, lock: bool = False) -> RecordingView | None:
    query = Recording.objects.select_for_update() if lock else Recording.objects
    row = query.filter(session_id=session_id, state__in=[s.value for s in OPEN_STATES]).first()
    return _view(row) if row else None


def open_states_of(session_ids: list[int]) -> dict[int, State]:
    rows_ = Recording.objects.filter(session_id__in=session_ids, state__in=[s.value for s in OPEN_STATES])
    return {session_id: State(state) for session_id, state in rows_.values_list("session_id", "state")}


def of_session(session_id: int) -> list[RecordingView]:
    return [_view(r) for r in Recording.objects.filter(session_id=session_id).order_by("-id")]


def count_of_session(session_id: int) -> int:
    return Recording.objects.filter(session_id=session_id).count()


def create_open(*, session_id: int, user_id: int, friend_id: int, requested_by_id: int, now: datetime) -> bool:
    """Open a round for the session; False when a concurrent request opened one first."""
    try:
        with transaction.atomic():  # a savepoint: the caller's transaction survives the race
            Recording.objects.create(
                session_id=session_id,
                user_id=user_id,
                friend_id=friend_id,
                state=State.REQUESTED,
                requested_by_id=requested_by_id,
                created_at=now,
            )
    except IntegrityError:
        return False
    return True


def update(recording_id: int, **fields: Any) -> RecordingView:
    Recording.objects.filter(pk=recording_id).update(**fields)
    view = get(recording_id)
    assert view is not None
    return view


def page_of(person_id: int, page: PageRequest) -> Page[RecordingView]:
    query = Recording.objects.filter(Q(user_id=person_id) | Q(friend_id=person_id))
    total = query.count()
    items = [_view(r) for r in query.order_by("-id")[page.offset : page.offset + page.limit]]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


def ids_in(states: frozenset[State] | set[State], *, limit: int) -> list[int]:
    return list(
        Recording.objects.filter(state__in=[s.value for s in states])
        .order_by("id")
        .values_list("pk", flat=True)[:limit]
    )


def ids_due_for_deletion(now: datetime, *, limit: int) -> list[int]:
    return list(
        Recording.objects.filter(delete_after__lte=now).order_by("delete_after").values_list("pk", flat=True)[:limit]
    )


def ids_of_person(person_id: int) -> list[int]:
    return list(
        Recording.objects.filter(Q(user_id=person_id) | Q(friend_id=person_id))
        .order_by("id")
        .values_list("pk", flat=True)
    )


def delete(recording_id: int) -> None:
    Recording.objects.filter(pk=recording_id).delete()


def export_rows(person_id: int) -> tuple[str, list[dict[str, Any]]]:
    # Provider ids and storage keys are ours, not the person's; the export gives a link instead.
    query = Recording.objects.filter(Q(user_id=person_id) | Q(friend_id=person_id))
    return label(Recording), rows(query, exclude=("provider_resource_id", "provider_sid", "key_prefix", "object_key"))
