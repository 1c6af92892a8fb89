"""How sessions ended, for the modules that follow up on them (feedback)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, Q

from core.sessions import ENDED_STATUSES, SessionStatus, SessionType
from modules.booking.models import Session

ENDED = sorted(ENDED_STATUSES)  # a stable order keeps the SQL text the same


@dataclass(frozen=True)
class SessionOutcomeView:
    session_id: int
    user_id: int
    friend_id: int
    session_type: SessionType
    status: SessionStatus
    start: datetime
    end: datetime
    ended_at: datetime | None  # when it was completed or the no-show recorded


def _views(sessions: Iterable[Session]) -> list[SessionOutcomeView]:
    return [
        SessionOutcomeView(
            s.pk,
            s.user_id,
            s.friend_id,
            SessionType(s.session_type),
            SessionStatus(s.status),
            s.start,
            s.end,
            s.ended_at,
        )
        for s in sessions
    ]


def _with_ended_at():
    return Session.objects.annotate(
        ended_at=Max("transitions__at", filter=Q(transitions__to_status__in=[str(s) for s in ENDED]))
    )


def outcome_of(session_id: int) -> SessionOutcomeView | None:
    views = _views(_with_ended_at().filter(pk=session_id))
    return views[0] if views else None


def ended_sessions_of(person_id: int, *, ended_after: datetime, limit: int = 100) -> list[SessionOutcomeView]:
    """A person's sessions that took place (or ended in a no-show) and ended after a moment, newest first."""
    rows = (
        _with_ended_at()
        .filter(Q(user_id=person_id) | Q(friend_id=person_id), status__in=[str(s) for s in ENDED], end__gt=ended_after)
        .order_by("-end")[:limit]
    )
    return _views(rows)


def completed_count_of(person_id: int, *, at_most: int) -> int:
    """How many completed sessions the person had, counting no further than `at_most`."""
    return len(
        Session.objects.filter(
            Q(user_id=person_id) | Q(friend_id=person_id), status=SessionStatus.COMPLETED
        ).values_list("pk", flat=True)[:at_most]
    )


__all__ = ["SessionOutcomeView", "completed_count_of", "ended_sessions_of", "outcome_of"]


def cancellable_ids_of(person_id: int) -> list[int]:
    """The person's sessions that have not started: booked or waiting for payment."""
    return list(
        Session.objects.filter(
            Q(user_id=person_id) | Q(friend_id=person_id),
            status__in=[SessionStatus.BOOKED.value, SessionStatus.PENDING_PAYMENT.value],
        )
        .order_by("start")
        .values_list("pk", flat=True)
    )
