"""/api/recordings (participants: consent, stop, list, play back) and /api/admin/recordings (staff
playback through a safety ticket, audited)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from core.api_errors import error_responses
from core.pagination import PageRequest
from kit.api import Id, PageQuery, StrictSchema
from kit.fields import MAX_ID
from modules.accounts.public import actor_of
from modules.recordings import dependencies as deps
from modules.recordings import public
from modules.recordings.services import recordings as services
from modules.recordings.services.recordings import PlaybackLink, RecordingView, SessionRecordings

router = Router(tags=["recordings"])
staff_router = Router(tags=["recordings"])


class RecordingOut(Schema):
    id: int
    session_id: int
    user_id: int
    friend_id: int
    state: Literal["requested", "recording", "processing", "ready", "cancelled", "failed"]
    requested_by_id: int
    user_consented_at: datetime | None = Field(description="when the session's user consented")
    friend_consented_at: datetime | None = Field(description="when the friend consented")
    started_at: datetime | None
    stopped_at: datetime | None
    stopped_by_id: int | None = Field(description="the participant who stopped it; null when the platform did")
    ready_at: datetime | None
    size: int | None
    content_type: str
    delete_after: datetime | None = Field(description="when the recording and its file are deleted (retention)")


class SessionRecordingsOut(Schema):
    session_id: int
    state: Literal["none", "requested", "recording"] = Field(description="what is happening now")
    current: RecordingOut | None = Field(description="the open request or running recording, if any")
    recordings: list[RecordingOut] = Field(description="every round of this session, newest first (at most 10)")


class RecordingPage(Schema):
    items: list[RecordingOut]
    total: int
    limit: int
    offset: int


class PlaybackOut(Schema):
    recording_id: int
    url: str = Field(description="a presigned link to the file; it expires at expires_at")
    expires_at: datetime
    content_type: str


class StaffPlaybackIn(StrictSchema):
    ticket_id: int = Field(ge=1, le=MAX_ID, strict=True, description="an open safety ticket about the session")
    reason: str = Field(min_length=3, max_length=500, description="why, for the audit log")


def _rec(view: RecordingView) -> RecordingOut:
    return RecordingOut(**{k: getattr(view, k) for k in RecordingOut.model_fields})


def _session(status: SessionRecordings) -> SessionRecordingsOut:
    return SessionRecordingsOut(
        session_id=status.session_id,
        state=status.current.state.value if status.current else "none",
        current=_rec(status.current) if status.current else None,
        recordings=[_rec(r) for r in status.recordings],
    )


def _playback(link: PlaybackLink) -> PlaybackOut:
    return PlaybackOut(
        recording_id=link.recording_id, url=link.url, expires_at=link.expires_at, content_type=link.content_type
    )


@router.get(
    "/sessions/{session_id}",
    response=SessionRecordingsOut,
    operation_id="recordings_session_get",
    openapi_extra=error_responses(404),
    summary="Recording state of one of my sessions",
    description="The session's two participants: whether a recording is asked for or running, and past rounds. "
    "Anyone else (staff included) gets 404. Changes nothing.",
)
def session_get(request: HttpRequest, session_id: Id):
    return _session(services.session_recordings(actor=actor_of(request), session_id=session_id))


@router.post(
    "/sessions/{session_id}/consent",
    response=SessionRecordingsOut,
    operation_id="recordings_consent",
    openapi_extra=error_responses(404, 409, 422, 503),
    summary="Ask for or agree to recording this session",
    description=(
        "A participant of a voice or video session in progress consents. The first consent opens a request; "
        "recording starts only when the other participant consents too (both times are stored). Refused with "
        "422 `recording_refused` when the friend set never_record, `session_not_in_progress`, `not_recordable` "
        "(text). Both participants' chat sockets get a `recording` event. Consenting again changes nothing."
    ),
)
def consent(request: HttpRequest, session_id: Id):
    status = services.recording_consent(
        actor=actor_of(request),
        session_id=session_id,
        now=deps.clock().now(),
        recorder=deps.recorder(),
        rtc=deps.rtc(),
    )
    return _session(status)


@router.post(
    "/sessions/{session_id}/stop",
    response=SessionRecordingsOut,
    operation_id="recordings_stop",
    openapi_extra=error_responses(404, 409, 503),
    summary="Stop recording (or withdraw the request)",
    description=(
        "Either participant, at any time: a request is withdrawn, a running recording stops and becomes "
        "ready when its file is stored. 409 `recording_not_running` when there is nothing to stop."
    ),
)
def stop(request: HttpRequest, session_id: Id):
    status = services.recording_stop(
        actor=actor_of(request),
        session_id=session_id,
        now=deps.clock().now(),
        recorder=deps.recorder(),
        media=deps.media(),
        retention=public.retention(),
    )
    return _session(status)


@router.get(
    "",
    response=RecordingPage,
    operation_id="recordings_mine",
    summary="My recordings",
    description="Recordings of sessions the caller took part in, newest first. Changes nothing.",
)
def mine(request: HttpRequest, query: Query[PageQuery]):
    page = services.recordings_mine(actor=actor_of(request), page=PageRequest(query.limit, query.offset))
    return RecordingPage(items=[_rec(r) for r in page.items], total=page.total, limit=page.limit, offset=page.offset)


@router.get(
    "/{recording_id}/playback",
    response=PlaybackOut,
    operation_id="recordings_playback",
    openapi_extra=error_responses(404, 409),
    summary="A short-lived link to play one of my recordings",
    description="The recording's two participants (others get 404); 409 `recording_not_ready` until it is ready. "
    "The link expires after 5 minutes. Changes nothing.",
)
def playback(request: HttpRequest, recording_id: Id):
    return _playback(
        services.recording_playback(
            actor=actor_of(request), recording_id=recording_id, now=deps.clock().now(), media=deps.media()
        )
    )


@staff_router.post(
    "/{recording_id}/playback",
    response=PlaybackOut,
    operation_id="recordings_staff_playback",
    openapi_extra=error_responses(403, 404, 409),
    summary="Play a recording for a safety ticket (staff)",
    description=(
        "Managers and admins, only with an open safety ticket about the recording's session (403 "
        "`safety_ticket_required` otherwise). Every playback is written to the audit log with the ticket and reason."
    ),
)
def staff_playback(request: HttpRequest, recording_id: Id, payload: StaffPlaybackIn):
    return _playback(
        services.recording_staff_playback(
            actor=actor_of(request),
            recording_id=recording_id,
            ticket_id=payload.ticket_id,
            reason=payload.reason,
            now=deps.clock().now(),
            media=deps.media(),
        )
    )
