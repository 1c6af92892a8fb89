"""The `SessionRecordingStates` port, backed by the recordings module (it owns recordings)."""

from __future__ import annotations

from modules.recordings.public import open_state_of


class RecordingsSessionStates:
    def state_of(self, session_id: int) -> str:
        return open_state_of(session_id)
