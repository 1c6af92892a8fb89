"""In-memory call recorder: on stop it writes a short, valid WAV file into the media store.

It stands in for Agora Cloud Recording in development and tests: the same request rules, the same
"stopped twice" error, and a real file a browser can play from the presigned link.
"""

from __future__ import annotations

import io
import itertools
import math
import struct
import wave
from dataclasses import dataclass

from core.ports.media import MediaStorage
from core.ports.recording import (
    RecordingGone,
    RecordingHandle,
    RecordingResult,
    RecordingUnavailable,
    check_recording_request,
)

SAMPLE_RATE = 8000


def tiny_wav(*, seconds: float = 0.5, hz: float = 440.0) -> bytes:
    """A mono 16-bit PCM tone: a few kilobytes every player accepts."""
    frames = int(SAMPLE_RATE * seconds)
    samples = (int(8000 * math.sin(2 * math.pi * hz * i / SAMPLE_RATE)) for i in range(frames))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return buffer.getvalue()


@dataclass
class _Running:
    channel: str
    recorder_uid: int
    handle: RecordingHandle


class FakeRtcRecorder:
    def __init__(self, *, media: MediaStorage) -> None:
        self._media = media
        self._ids = itertools.count(1)
        self.running: dict[str, _Running] = {}
        self.started: list[RecordingHandle] = []
        # Set to make every call fail as if the provider were down.
        self.unavailable = False

    def _check_up(self) -> None:
        if self.unavailable:
            raise RecordingUnavailable("fake recorder is down")

    def start(self, *, channel: str, recorder_uid: int, token: str, key_prefix: str) -> RecordingHandle:
        self._check_up()
        check_recording_request(channel=channel, recorder_uid=recorder_uid, key_prefix=key_prefix)
        sid = f"fakesid{next(self._ids)}"
        handle = RecordingHandle(
            resource_id=f"fakeres-{sid}", sid=sid, key_prefix=key_prefix, object_key=f"{key_prefix}/{sid}_{channel}.wav"
        )
        self.running[sid] = _Running(channel, recorder_uid, handle)
        self.started.append(handle)
        return handle

    def is_active(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> bool:
        self._check_up()
        return handle.sid in self.running

    def stop(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> RecordingResult:
        self._check_up()
        if self.running.pop(handle.sid, None) is None:
            raise RecordingGone(f"no running recording {handle.sid}")
        self._media.put(key=handle.object_key, data=tiny_wav(), content_type="audio/wav")
        return RecordingResult(object_key=handle.object_key, uploaded=True)

    def end_by_itself(self, sid: str) -> None:
        """What Agora does when everyone left the channel for maxIdleTime: stop and upload."""
        running = self.running.pop(sid)
        self._media.put(key=running.handle.object_key, data=tiny_wav(), content_type="audio/wav")
