"""An in-memory session store with the Django repository's semantics (same contract suite)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

from core.errors import Conflict
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import HOLDING_STATUSES, SessionStatus
from modules.booking.repositories.ports import SessionStore
from modules.booking.repositories.sessions import SessionView, TransitionView


@dataclass
class InMemorySessionStore:
    sessions: dict[int, SessionView] = field(default_factory=dict)
    transitions: dict[int, list[TransitionView]] = field(default_factory=dict)

    def _clash(self, candidate: SessionView) -> bool:
        """What PostgreSQL's two exclusion constraints refuse: two sessions holding time that
        overlaps ([start, end)) for the same friend or the same user."""
        if candidate.status not in HOLDING_STATUSES:
            return False
        slot = Interval(candidate.start, candidate.end)
        return any(
            s.id != candidate.id
            and s.status in HOLDING_STATUSES
            and (s.friend_id == candidate.friend_id or s.user_id == candidate.user_id)
            and slot.overlaps(Interval(s.start, s.end))
            for s in self.sessions.values()
        )

    def _store(self, view: SessionView) -> SessionView:
        if self._clash(view):
            raise Conflict("That time is no longer free.", code="slot_taken")
        self.sessions[view.id] = view
        return view

    def busy_intervals(
        self, *, friend_id: int | None = None, user_id: int | None = None, window: Interval
    ) -> list[Interval]:
        return [
            Interval(s.start, s.end)
            for s in self.sessions.values()
            if s.status in HOLDING_STATUSES
            and s.start < window.end
            and s.end > window.start
            and (friend_id is None or s.friend_id == friend_id)
            and (user_id is None or s.user_id == user_id)
        ]

    def create_session(
        self,
        *,
        user_id: int,
        friend_id: int,
        session_type: str,
        slot: Interval,
        price_minor: int,
        currency: str,
        at: datetime,
        status: SessionStatus = SessionStatus.BOOKED,
    ) -> SessionView:
        view = SessionView(
            id=max(self.sessions, default=0) + 1,
            user_id=user_id,
            friend_id=friend_id,
            session_type=session_type,
            start=slot.start,
            end=slot.end,
            status=status,
            price_minor=price_minor,
            currency=currency,
        )
        self._store(view)
        self.transitions[view.id] = [TransitionView("", status.value, user_id, "", at)]
        return view

    def get_session(self, session_id: int) -> SessionView | None:
        return self.sessions.get(session_id)

    def lock_session(self, session_id: int) -> SessionView | None:
        return self.sessions.get(session_id)

    def record_transition(
        self,
        *,
        session_id: int,
        from_status: SessionStatus,
        to_status: SessionStatus,
        actor_id: int | None,
        reason: str,
        at: datetime,
    ) -> SessionView:
        view = self._store(replace(self.sessions[session_id], status=to_status))
        self.transitions[session_id].append(TransitionView(from_status.value, to_status.value, actor_id, reason, at))
        return view

    def move_session(self, *, session_id: int, slot: Interval, actor_id: int, reason: str, at: datetime) -> SessionView:
        view = self._store(replace(self.sessions[session_id], start=slot.start, end=slot.end))
        said = f"rescheduled to {slot.start.isoformat()}" + (f": {reason}" if reason else "")
        booked = SessionStatus.BOOKED.value
        self.transitions[session_id].append(TransitionView(booked, booked, actor_id, said, at))
        return view

    def transitions_of(self, session_id: int) -> list[TransitionView]:
        # Stable sort: equal times keep insertion order, like ORDER BY at, pk.
        return sorted(self.transitions.get(session_id, []), key=lambda t: t.at)

    def sessions_for(
        self,
        *,
        user_id: int,
        as_friend: bool,
        window: Interval | None,
        statuses: list[str] | None,
        limit: int,
        offset: int,
        newest_first: bool,
        when: Literal["upcoming", "past"] | None = None,
        now: datetime | None = None,
    ) -> tuple[list[SessionView], int]:
        if when is not None and now is None:
            raise ValueError("'when' needs 'now'")
        rows = [s for s in self.sessions.values() if (s.friend_id if as_friend else s.user_id) == user_id]
        if window is not None:
            rows = [s for s in rows if s.start < window.end and s.end > window.start]
        if when is not None:
            assert now is not None
            upcoming = {s.id for s in rows if s.status in HOLDING_STATUSES and s.end > now}
            rows = [s for s in rows if (s.id in upcoming) == (when == "upcoming")]
        if statuses:
            rows = [s for s in rows if s.status.value in statuses]
        rows.sort(key=lambda s: s.id)
        rows.sort(key=lambda s: s.start, reverse=newest_first)  # stable: ties stay by id
        return rows[offset : offset + limit], len(rows)

    def due_for_completion(self, *, now: datetime, limit: int = 500) -> list[int]:
        due = [s for s in self.sessions.values() if s.status == SessionStatus.IN_PROGRESS and s.end <= now]
        return [s.id for s in sorted(due, key=lambda s: (s.end, s.id))][:limit]

    def booked_ended_before(self, end: datetime, *, limit: int = 500) -> list[int]:
        ended = [s for s in self.sessions.values() if s.status == SessionStatus.BOOKED and s.end <= end]
        return [s.id for s in sorted(ended, key=lambda s: (s.end, s.id))][:limit]

    def booked_starting_between(self, lo: datetime, hi: datetime) -> list[SessionView]:
        rows = [s for s in self.sessions.values() if s.status == SessionStatus.BOOKED and lo < s.start <= hi]
        return sorted(rows, key=lambda s: (s.start, s.id))

    def holding_count(self, *, friend_id: int, window: Interval) -> int:
        return sum(
            1
            for s in self.sessions.values()
            if s.friend_id == friend_id and s.status in HOLDING_STATUSES and window.start <= s.start < window.end
        )


# Checked by type checkers and at import: the fake must keep up with the Protocol.
_: type[SessionStore] = InMemorySessionStore
