"""Use cases of recordings: consent, stop, playback (participants; staff through a safety ticket),
and the periodic sweep that finishes, fails and deletes recordings.

Consent runs under a lock on the session's one open round (a partial unique index creates it at
most once), so concurrent requests serialise: the recorder starts exactly once, and only in the
transaction that records the second consent. The provider is called inside that transaction: if
it fails, the consent is not recorded either and the caller may try again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from core import events
from core.errors import Conflict, NotFound, PermissionDenied, RuleViolated
from core.identity import Actor
from core.pagination import Page, PageRequest
from core.ports.media import MediaStorage
from core.ports.recording import RecordingGone, RecordingHandle, RecordingResult, RtcRecorder
from core.ports.rtc import RtcRole, RtcTokenIssuer
from kit.transactions import after_commit
from modules.accounts.public import friend_offer
from modules.booking.public import SessionOutcomeView, rtc_channel, session_outcome
from modules.chat.public import sockets_notify
from modules.recordings.domain import recordings as rules
from modules.recordings.domain.recordings import (
    OPEN_STATES,
    PLAYBACK_LINK_SECONDS,
    PROCESSING_DEADLINE,
    RECORDER_UID,
    State,
)
from modules.recordings.repositories import recordings as repo
from modules.recordings.repositories.recordings import RecordingView
from modules.support.public import safety_ticket_covers_session

logger = logging.getLogger(__name__)

# The recorder's token outlives the session a little, like the participants' (booking's TOKEN_GRACE).
RECORDER_TOKEN_GRACE = timedelta(minutes=15)
SWEEP_BATCH = 200


@dataclass(frozen=True)
class SessionRecordings:
    session_id: int
    # The open round, if any: "requested" (waiting for the other's consent) or "recording".
    current: RecordingView | None
    recordings: list[RecordingView]


@dataclass(frozen=True)
class PlaybackLink:
    recording_id: int
    url: str
    expires_at: datetime
    content_type: str


def _participant_session(actor: Actor, session_id: int) -> SessionOutcomeView:
    """The session, for its two participants; for everyone else (staff included) it does not exist."""
    session = session_outcome(session_id)
    if session is None or actor.user_id not in (session.user_id, session.friend_id):
        raise NotFound("No such session.")
    return session


def _participant_recording(actor: Actor, recording_id: int, *, lock: bool = False) -> RecordingView:
    rec = repo.get(recording_id, lock=lock)
    if rec is None or actor.user_id not in (rec.user_id, rec.friend_id):
        raise NotFound("No such recording.")
    return rec


def _announce(rec: RecordingView) -> None:
    """Both participants' sockets learn the new state after the commit (never of a rolled-back change)."""
    sockets_notify(
        user_ids=(rec.user_id, rec.friend_id),
        event={
            "type": "recording",
            "session_id": rec.session_id,
            "recording_id": rec.id,
            "state": rec.state.value,
            "user_consented": rec.user_consented_at is not None,
            "friend_consented": rec.friend_consented_at is not None,
        },
    )


def session_recordings(*, actor: Actor, session_id: int) -> SessionRecordings:
    _participant_session(actor, session_id)
    return _status(session_id)


def _status(session_id: int) -> SessionRecordings:
    return SessionRecordings(
        session_id=session_id, current=repo.open_of_session(session_id), recordings=repo.of_session(session_id)
    )


def recording_consent(
    *, actor: Actor, session_id: int, now: datetime, recorder: RtcRecorder, rtc: RtcTokenIssuer
) -> SessionRecordings:
    """Ask for (or agree to) recording this session; it starts when both participants consented."""
    session = _participant_session(actor, session_id)
    if not settings.RECORDINGS_ENABLED:
        raise RuleViolated("Recording is switched off on this platform.", code="recordings_disabled")
    rules.check_recordable(session_type=session.session_type, status=session.status)
    offer = friend_offer(session.friend_id)
    rules.check_not_refused(never_record=bool(offer and offer.never_record))
    with transaction.atomic():
        rec = repo.open_of_session(session_id, lock=True)
        if rec is None:
            if repo.count_of_session(session_id) >= rules.MAX_PER_SESSION:
                raise Conflict("This session has been recorded as often as it may be.", code="recording_limit")
            repo.create_open(
                session_id=session_id,
                user_id=session.user_id,
                friend_id=session.friend_id,
                requested_by_id=actor.user_id,
                now=now,
            )
            # Ours, or the one a concurrent request created first (its insert waited for it).
            rec = repo.open_of_session(session_id, lock=True)
            assert rec is not None
        changes: dict[str, object] = {}
        if actor.user_id == rec.user_id and rec.user_consented_at is None:
            changes["user_consented_at"] = now
        if actor.user_id == rec.friend_id and rec.friend_consented_at is None:
            changes["friend_consented_at"] = now
        if not changes:
            return _status(session_id)  # consenting twice changes nothing
        both = rules.state_after_consents(
            user_consented=bool(rec.user_consented_at or changes.get("user_consented_at")),
            friend_consented=bool(rec.friend_consented_at or changes.get("friend_consented_at")),
        )
        if both == State.RECORDING:
            handle = _start(rec, session, recorder=recorder, rtc=rtc)
            changes.update(
                state=State.RECORDING,
                started_at=now,
                provider_resource_id=handle.resource_id,
                provider_sid=handle.sid,
                key_prefix=handle.key_prefix,
                object_key=handle.object_key,
            )
        rec = repo.update(rec.id, **changes)
        _announce(rec)
    return _status(session_id)


def _start(rec: RecordingView, session: SessionOutcomeView, *, recorder: RtcRecorder, rtc: RtcTokenIssuer):
    channel = rtc_channel(session.session_id)
    token = rtc.issue_token(
        channel=channel, uid=RECORDER_UID, role=RtcRole.SUBSCRIBER, expires_at=session.end + RECORDER_TOKEN_GRACE
    )
    return recorder.start(
        channel=channel,
        recorder_uid=RECORDER_UID,
        token=token.token,
        key_prefix=rules.key_prefix(session_id=session.session_id, recording_id=rec.id),
    )


def _handle(rec: RecordingView) -> RecordingHandle:
    return RecordingHandle(
        resource_id=rec.provider_resource_id, sid=rec.provider_sid, key_prefix=rec.key_prefix, object_key=rec.object_key
    )


def _stop_provider(rec: RecordingView, recorder: RtcRecorder) -> RecordingResult:
    try:
        return recorder.stop(handle=_handle(rec), channel=rtc_channel(rec.session_id), recorder_uid=RECORDER_UID)
    except RecordingGone:
        # It ended by itself (everyone left): its file is where start said it would be.
        return RecordingResult(object_key=rec.object_key, uploaded=False)


def _close(
    rec: RecordingView, *, by: int | None, now: datetime, recorder: RtcRecorder, retention: timedelta
) -> RecordingView:
    """Withdraw a request or stop a running recording (the caller holds the row's lock)."""
    if rec.state == State.REQUESTED:
        return repo.update(
            rec.id, state=State.CANCELLED, stopped_at=now, stopped_by_id=by, delete_after=now + retention
        )
    result = _stop_provider(rec, recorder)
    return repo.update(rec.id, state=State.PROCESSING, stopped_at=now, stopped_by_id=by, object_key=result.object_key)


def recording_stop(
    *, actor: Actor, session_id: int, now: datetime, recorder: RtcRecorder, media: MediaStorage, retention: timedelta
) -> SessionRecordings:
    """Either participant, at any time: a request is withdrawn, a running recording stops."""
    _participant_session(actor, session_id)
    with transaction.atomic():
        rec = repo.open_of_session(session_id, lock=True)
        rules.check_stoppable(rec.state if rec else None)
        assert rec is not None
        rec = _close(rec, by=actor.user_id, now=now, recorder=recorder, retention=retention)
        if rec.state == State.PROCESSING:
            rec = _finish_if_stored(rec, media=media, now=now, retention=retention)
        _announce(rec)
    return _status(session_id)


def _finish_if_stored(rec: RecordingView, *, media: MediaStorage, now: datetime, retention: timedelta) -> RecordingView:
    """Processing -> ready once the file is in storage (idempotent: the object is the evidence)."""
    stored = media.stat(key=rec.object_key) if rec.object_key else None
    if stored is not None:
        return repo.update(
            rec.id,
            state=State.READY,
            ready_at=now,
            size=stored.size,
            content_type=stored.content_type,
            delete_after=now + retention,
        )
    if rec.stopped_at is not None and now - rec.stopped_at > PROCESSING_DEADLINE:
        # Whatever arrives later is removed with the prefix when this row is deleted.
        return repo.update(rec.id, state=State.FAILED, delete_after=now)
    return rec


def recordings_mine(*, actor: Actor, page: PageRequest) -> Page[RecordingView]:
    return repo.page_of(actor.user_id, page)


def recording_playback(*, actor: Actor, recording_id: int, now: datetime, media: MediaStorage) -> PlaybackLink:
    """A participant's short-lived link to the file."""
    rec = _participant_recording(actor, recording_id)
    return _link(rec, now=now, media=media)


def _link(rec: RecordingView, *, now: datetime, media: MediaStorage) -> PlaybackLink:
    rules.check_playable(rec.state)
    url = media.presign_download(key=rec.object_key, expires_in_seconds=PLAYBACK_LINK_SECONDS)
    return PlaybackLink(
        recording_id=rec.id,
        url=url,
        expires_at=now + timedelta(seconds=PLAYBACK_LINK_SECONDS),
        content_type=rec.content_type,
    )


def recording_staff_playback(
    *, actor: Actor, recording_id: int, ticket_id: int, reason: str, now: datetime, media: MediaStorage
) -> PlaybackLink:
    """Staff play a recording only for a safety ticket about its session; every playback is audited."""
    if not actor.is_staff:
        raise PermissionDenied("Only staff may play back others' recordings.", code="staff_only")
    with transaction.atomic():
        rec = repo.get(recording_id)
        if rec is None:
            raise NotFound("No such recording.")
        if not safety_ticket_covers_session(ticket_id=ticket_id, session_id=rec.session_id):
            raise PermissionDenied(
                "Playback needs an open safety ticket about this recording's session.", code="safety_ticket_required"
            )
        link = _link(rec, now=now, media=media)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="recording.playback",
                target_type="recording",
                target_id=rec.id,
                reason=f"ticket {ticket_id}: {reason}",
                at=now,
            )
        )
    return link


# --- the periodic sweep (beat) -----------------------------------------------------------------
@dataclass(frozen=True)
class SweepReport:
    stopped: int = 0
    ready: int = 0
    failed: int = 0
    deleted: int = 0


def _session_over(session: SessionOutcomeView | None, now: datetime) -> bool:
    return session is None or session.status != "in_progress" or now >= session.end


def recordings_sweep(*, now: datetime, recorder: RtcRecorder, media: MediaStorage, retention: timedelta) -> SweepReport:
    """Stop what outlived its session, finish what is stored, delete what is due. Idempotent:
    each recording is handled in its own transaction under its lock, so a rerun or a concurrent
    sweep repeats no-ops; one recording failing (provider down) does not hold up the others."""
    stopped = ready = failed = deleted = 0
    for rec_id in repo.ids_in(OPEN_STATES, limit=SWEEP_BATCH):
        try:
            with transaction.atomic():
                rec = repo.get(rec_id, lock=True)
                if rec is None or rec.state not in OPEN_STATES:
                    continue
                over = _session_over(session_outcome(rec.session_id), now)
                gone = rec.state == State.RECORDING and not recorder.is_active(
                    handle=_handle(rec), channel=rtc_channel(rec.session_id), recorder_uid=RECORDER_UID
                )
                if over or gone:
                    _announce(_close(rec, by=None, now=now, recorder=recorder, retention=retention))
                    stopped += 1
        except Exception:
            logger.exception("recordings sweep: could not stop recording %s", rec_id)
    for rec_id in repo.ids_in({State.PROCESSING}, limit=SWEEP_BATCH):
        try:
            with transaction.atomic():
                rec = repo.get(rec_id, lock=True)
                if rec is None or rec.state != State.PROCESSING:
                    continue
                rec = _finish_if_stored(rec, media=media, now=now, retention=retention)
                if rec.state != State.PROCESSING:
                    ready += rec.state == State.READY
                    failed += rec.state == State.FAILED
                    _announce(rec)
        except Exception:
            logger.exception("recordings sweep: could not finish recording %s", rec_id)
    for rec_id in repo.ids_due_for_deletion(now, limit=SWEEP_BATCH):
        try:
            with transaction.atomic():
                rec = repo.get(rec_id, lock=True)
                if rec is None or rec.delete_after is None or rec.delete_after > now:
                    continue
                _delete(rec, media=media)
                deleted += 1
        except Exception:
            logger.exception("recordings sweep: could not delete recording %s", rec_id)
    return SweepReport(stopped=stopped, ready=ready, failed=failed, deleted=deleted)


def _delete(rec: RecordingView, *, media: MediaStorage) -> None:
    """Files first, then the row: if storage fails the row stays and the next sweep retries."""
    if rec.key_prefix:
        media.delete_prefix(prefix=rec.key_prefix + "/")
    repo.delete(rec.id)


# --- personal data ---------------------------------------------------------------------------------
def person_erase(*, user_id: int, recorder: RtcRecorder, media: MediaStorage) -> int:
    """Every recording the person took part in goes, files included (a running one is stopped
    first, so nothing is uploaded after). Idempotent. A provider failure raises: the erasure is
    retried rather than leaving a recorder running."""
    ids = repo.ids_of_person(user_id)
    prefixes = []
    for rec_id in ids:
        rec = repo.get(rec_id, lock=True)
        if rec is None:
            continue
        if rec.state == State.RECORDING:
            _stop_provider(rec, recorder)
        if rec.key_prefix:
            prefixes.append(rec.key_prefix + "/")
        repo.delete(rec.id)

    def delete_files() -> None:
        for prefix in prefixes:
            media.delete_prefix(prefix=prefix)

    # After the commit: a rolled-back erasure must not have deleted the files.
    after_commit(delete_files)
    return len(ids)


EXPORT_LINK_SECONDS = 3600


def person_export(*, user_id: int, media: MediaStorage) -> dict[str, list[dict[str, object]]]:
    """The rows, with an hour-long link to each ready file instead of its bytes."""
    table, rows = repo.export_rows(user_id)
    ready = {rec.id: rec for rec in map(repo.get, [r["id"] for r in rows if r["state"] == State.READY]) if rec}
    for row in rows:
        rec = ready.get(row["id"])
        row["playback_url"] = (
            media.presign_download(key=rec.object_key, expires_in_seconds=EXPORT_LINK_SECONDS) if rec else None
        )
    return {table: rows}


def open_state_of(session_id: int) -> str:
    """ "none", "requested" or "recording": what a session's page shows."""
    state = repo.open_states_of([session_id]).get(session_id)
    return state.value if state else "none"
