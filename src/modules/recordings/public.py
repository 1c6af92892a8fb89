"""What other modules and the entry points may use from recordings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings

from modules.recordings import dependencies as deps
from modules.recordings.services import demo
from modules.recordings.services import recordings as services
from modules.recordings.services.recordings import SweepReport

__all__ = [
    "SweepReport",
    "demo_recording_ensure",
    "open_state_of",
    "personal_data_erase",
    "personal_data_export",
    "retention",
    "sweep",
]

demo_recording_ensure = demo.demo_recording_ensure


def retention() -> timedelta:
    return timedelta(days=settings.RECORDING_RETENTION_DAYS)


def sweep() -> SweepReport:
    """Stop, finish and delete recordings as due (idempotent; beat runs it every minute)."""
    return services.recordings_sweep(
        now=deps.clock().now(), recorder=deps.recorder(), media=deps.media(), retention=retention()
    )


def open_state_of(session_id: int) -> str:
    """What a session shows: "none", "requested" (one consent so far) or "recording"."""
    return services.open_state_of(session_id)


def personal_data_export(user_id: int) -> dict[str, list[dict[str, Any]]]:
    """The person's recordings (consents, times, state) with short-lived links, not the bytes."""
    return services.person_export(user_id=user_id, media=deps.media())


def personal_data_erase(user_id: int) -> None:
    """Delete every recording the person took part in, files included (idempotent)."""
    services.person_erase(user_id=user_id, recorder=deps.recorder(), media=deps.media())
