"""The session store the booking services write and read through, as a Protocol.

`modules.booking.repositories.sessions` (Django) implements it as a module;
tests/modules/booking/fakes.py implements it in memory. Both pass the same contract suite
(tests/modules/booking/repositories/test_session_store_contract.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import SessionStatus
from modules.booking.repositories.sessions import SessionView, TransitionView


class SessionStore(Protocol):
    def busy_intervals(
        self, *, friend_id: int | None = None, user_id: int | None = None, window: Interval
    ) -> list[Interval]:
        """Times held (pending payment, booked, in progress) overlapping `window`."""
        ...

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
        """Insert a session and its first transition. Overlapping a session that holds time of
        the same friend or the same user is Conflict `slot_taken` (PostgreSQL's exclusion
        constraints; SQLite has none, the services check first)."""
        ...

    def get_session(self, session_id: int) -> SessionView | None: ...

    def lock_session(self, session_id: int) -> SessionView | None:
        """The session, locked for the rest of the transaction; None if there is none."""
        ...

    def record_transition(
        self,
        *,
        session_id: int,
        from_status: SessionStatus,
        to_status: SessionStatus,
        actor_id: int | None,
        reason: str,
        at: datetime,
    ) -> SessionView: ...

    def move_session(self, *, session_id: int, slot: Interval, actor_id: int, reason: str, at: datetime) -> SessionView:
        """Move it in one step: overlapping another holding session is Conflict `slot_taken`."""
        ...

    def transitions_of(self, session_id: int) -> list[TransitionView]:
        """Oldest first (by time, then insertion)."""
        ...

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
    ) -> tuple[list[SessionView], int]: ...

    def due_for_completion(self, *, now: datetime, limit: int = 500) -> list[int]: ...

    def booked_ended_before(self, end: datetime, *, limit: int = 500) -> list[int]: ...

    def booked_starting_between(self, lo: datetime, hi: datetime) -> list[SessionView]: ...

    def holding_count(self, *, friend_id: int, window: Interval) -> int: ...
