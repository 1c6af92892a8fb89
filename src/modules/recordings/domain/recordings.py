"""Session recordings: states, consent and who may do what (pure rules).

A recording starts only when both participants of a voice/video session in progress consented;
either may withdraw a request or stop a running recording at any time. A friend who set
"never record" refuses every request. At most one request or recording is open per session.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from core.errors import Conflict, RuleViolated


class State(StrEnum):
    REQUESTED = "requested"  # one participant consented; waiting for the other
    RECORDING = "recording"  # both consented; the recorder is in the call
    PROCESSING = "processing"  # stopped; waiting for the file to be in storage
    READY = "ready"  # playable by the participants until it is deleted
    CANCELLED = "cancelled"  # withdrawn before it started, or the session ended first
    FAILED = "failed"  # the provider never delivered a file


OPEN_STATES = frozenset({State.REQUESTED, State.RECORDING})
RECORDABLE_TYPES = frozenset({"voice", "video"})
# A recorder uid no participant can have (participants join as their user id).
RECORDER_UID = 2**32 - 2
DEFAULT_RETENTION = timedelta(days=30)
PLAYBACK_LINK_SECONDS = 300
# Agora uploads within minutes of stop; after this the recording is given up as failed.
PROCESSING_DEADLINE = timedelta(hours=6)
# Consent rounds per session (each start/stop cycle is one): bounds the per-session list.
MAX_PER_SESSION = 10


def check_recordable(*, session_type: str, status: str) -> None:
    if session_type not in RECORDABLE_TYPES:
        raise RuleViolated("Only voice and video sessions can be recorded.", code="not_recordable")
    if status != "in_progress":
        raise RuleViolated(
            "A recording can be asked for only while the session is in progress.", code="session_not_in_progress"
        )


def check_not_refused(*, never_record: bool) -> None:
    if never_record:
        raise RuleViolated("This friend does not allow recordings.", code="recording_refused")


def state_after_consents(*, user_consented: bool, friend_consented: bool) -> State:
    return State.RECORDING if user_consented and friend_consented else State.REQUESTED


def check_stoppable(state: State | None) -> None:
    if state not in OPEN_STATES:
        raise Conflict("Nothing is being recorded or requested in this session.", code="recording_not_running")


def check_playable(state: State) -> None:
    if state != State.READY:
        raise Conflict(f"This recording is {state.value}, not ready to play.", code="recording_not_ready")


def key_prefix(*, session_id: int, recording_id: int) -> str:
    return f"recordings/{session_id}/{recording_id}"
