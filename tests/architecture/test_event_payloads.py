"""Event payloads are typed: a value from a closed set travels as a core enum, not as text that
another module compares with a string literal. Text fields are allowed only where the text is
free (shown or stored, never compared); a new one has to be added here, on purpose."""

from __future__ import annotations

import dataclasses
import typing
from typing import Literal

from core import events
from core.sessions import SessionSide, SessionStatus, SessionType

FREE_TEXT = {
    ("MessageReported", "reason"),  # shown in the support ticket's subject, never compared
    ("MessageReported", "note"),
    ("StaffActed", "action"),  # the audit log's open vocabulary ("account.suspend", ...)
    ("StaffActed", "target_type"),
    ("StaffActed", "reason"),
    ("SessionStatusChanged", "currency"),  # an ISO 4217 code
}


def _event_classes() -> list[type]:
    return [
        value
        for value in vars(events).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == events.__name__
    ]


def test_text_fields_of_events_are_free_text_only():
    text_fields = set()
    for event in _event_classes():
        hints = typing.get_type_hints(event)
        for field in dataclasses.fields(event):
            if str in (hints[field.name], *typing.get_args(hints[field.name])):
                text_fields.add((event.__name__, field.name))
    assert text_fields == FREE_TEXT


def test_session_facts_travel_as_enums():
    hints = typing.get_type_hints(events.SessionStatusChanged)
    assert hints["to_status"] is SessionStatus
    assert hints["from_status"] == SessionStatus | Literal[""]
    assert hints["by_side"] is SessionSide
    assert hints["session_type"] is SessionType
