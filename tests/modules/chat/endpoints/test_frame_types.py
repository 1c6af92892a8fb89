"""Chat socket frames are typed like the HTTP API: no booleans or floats taken as ids.

`{"type": "read", "conversation_id": true, "message_id": 1.0}` used to mean conversation 1.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from modules.chat.api.frames import ReadFrame, ResumeFrame, client_frame


@pytest.mark.parametrize("bad", [True, 1.0, "1"])
@pytest.mark.parametrize("field", ["conversation_id", "message_id"])
def test_ids_in_frames_refuse_coercion(field, bad):
    frame = {"type": "read", "conversation_id": 1, "message_id": 2} | {field: bad}
    with pytest.raises(ValidationError):
        client_frame.validate_python(frame)


@pytest.mark.parametrize("bad", [True, 1.0, "5"])
def test_resume_cursors_refuse_coerced_positions(bad):
    with pytest.raises(ValidationError):
        client_frame.validate_python({"type": "resume", "cursors": {"1": bad}})


def test_well_typed_frames_still_parse():
    assert client_frame.validate_python({"type": "read", "conversation_id": 1, "message_id": 2}) == ReadFrame(
        type="read", conversation_id=1, message_id=2
    )
    # JSON object keys are always text: a cursor's conversation id is read from it.
    assert client_frame.validate_python({"type": "resume", "cursors": {"7": 0}}) == ResumeFrame(
        type="resume", cursors={7: 0}
    )
    assert client_frame.validate_python({"type": "ping", "ref": 3}).ref == 3
    with pytest.raises(ValidationError):
        client_frame.validate_python({"type": "ping", "ref": True})
