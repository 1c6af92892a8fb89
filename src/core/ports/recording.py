"""Call recording port: a recorder joins one RTC channel, records it and stores the file in media storage.

Agora Cloud Recording in production (acquire -> start -> query -> stop, uploading to our S3
bucket), an in-memory recorder that writes a small real WAV file in development and tests.
Where the file lands is fixed at start (`RecordingHandle.key_prefix`): everything the recorder
uploads (an MP4 plus, for Agora, HLS playlists and segments) is under that prefix, so deleting a
recording deletes the prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from core.errors import FieldProblem, InvalidInput, ProviderError, ProviderUnavailable

# Agora's fileNamePrefix: each path segment letters and digits only; we keep to that everywhere.
_PREFIX = re.compile(r"^[A-Za-z0-9]{1,64}(/[A-Za-z0-9]{1,64}){0,4}$")


class RecordingError(ProviderError):
    code = "recording_error"
    title = "The recording provider failed"


class RecordingUnavailable(ProviderUnavailable, RecordingError):
    code = "recording_unavailable"
    title = "The recording provider is unavailable"


class RecordingGone(RecordingError):
    """The provider no longer knows this recording (it stopped by itself, e.g. everyone left)."""

    code = "recording_gone"
    title = "The recording is no longer running"


@dataclass(frozen=True)
class RecordingHandle:
    resource_id: str
    sid: str
    key_prefix: str
    # Where the playable file will be once the recorder has stopped and uploaded it.
    object_key: str


@dataclass(frozen=True)
class RecordingResult:
    object_key: str
    uploaded: bool  # the provider says the upload is complete (the object may still be checked)


def check_recording_request(*, channel: str, recorder_uid: int, key_prefix: str) -> None:
    """The rules every recorder shares, so the fake refuses exactly what the real one would."""
    problems = []
    if not channel or len(channel) > 64:
        problems.append(FieldProblem(("channel",), "1-64 characters"))
    if not 1 <= recorder_uid <= 2**32 - 1:
        problems.append(FieldProblem(("recorder_uid",), "must be between 1 and 2**32-1"))
    if not _PREFIX.match(key_prefix):
        problems.append(FieldProblem(("key_prefix",), "1-5 segments of letters and digits, separated by '/'"))
    if problems:
        raise InvalidInput("Invalid recording request", errors=problems)


class RtcRecorder(Protocol):
    def start(self, *, channel: str, recorder_uid: int, token: str, key_prefix: str) -> RecordingHandle:
        """Join `channel` as `recorder_uid` (with `token`) and record everyone into `key_prefix`."""
        ...

    def is_active(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> bool:
        """Whether the recorder is still in the channel (False once it stopped, for any reason)."""
        ...

    def stop(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> RecordingResult:
        """Leave the channel and upload; raises RecordingGone when it had already stopped."""
        ...


class SessionRecordingStates(Protocol):
    """What booking shows on a session: whether it is being recorded. Recordings owns that (and
    reads booking's sessions), so booking reads it through this port, backed by the composition root."""

    def state_of(self, session_id: int) -> str:
        """ "none", "requested" (one participant consented) or "recording"."""
        ...
