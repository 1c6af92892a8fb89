"""What booking answers about sessions without changing them: a person's list, a session's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from core.errors import FieldProblem, InvalidInput, PermissionDenied
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from core.sessions import SessionStatus
from modules.accounts.public import display_names
from modules.booking.domain.intervals import Interval
from modules.booking.repositories import sessions as repo
from modules.booking.repositories.sessions import SessionView, TransitionView


@dataclass(frozen=True)
class SessionListing:
    session: SessionView
    counterpart_name: str


def sessions_list(
    *,
    actor: Actor,
    as_friend: bool,
    start: datetime | None,
    end: datetime | None,
    statuses: list[SessionStatus] | None,
    when: Literal["upcoming", "past"] | None,
    page: PageRequest,
    now: datetime,
) -> Page[SessionListing]:
    """The actor's own sessions: those they booked, or (friends) their calendar, overlapping
    [start, end); past ones newest first. Two queries, whatever the page size."""
    if as_friend and actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends have a friend calendar.")
    window = None
    if start or end:
        lo = start or datetime.min.replace(tzinfo=UTC)
        hi = end or datetime.max.replace(tzinfo=UTC)
        if hi <= lo:
            raise InvalidInput("'end' must be after 'start'.", errors=[FieldProblem(("query", "end"), "after start")])
        window = Interval(lo, hi)
    items, total = repo.sessions_for(
        user_id=actor.user_id,
        as_friend=as_friend,
        window=window,
        statuses=[s.value for s in statuses] if statuses else None,
        when=when,
        now=now,
        limit=page.limit,
        offset=page.offset,
        newest_first=when == "past",
    )
    other = "user_id" if as_friend else "friend_id"
    names = display_names(list({getattr(s, other) for s in items}))
    listings = [SessionListing(s, names.get(getattr(s, other), "")) for s in items]
    return Page(items=listings, total=total, limit=page.limit, offset=page.offset)


def session_history(session_id: int) -> list[TransitionView]:
    """Every status change of a session the caller may already see (see lifecycle.session_for)."""
    return repo.transitions_of(session_id)
