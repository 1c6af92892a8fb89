"""Session lifecycle use cases: cancel, reschedule, no-show, start and complete.

Every change locks the session row first and records a transition (who, when, why).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db import transaction

from core import events
from core.clock import Clock
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound, RuleViolated
from core.identity import Actor, Role
from core.sessions import SessionSide, SessionType
from modules.accounts.public import friend_offer
from modules.booking.domain.availability import fits
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import (
    NO_SHOW_REPORT_WINDOW,
    CancellationPolicy,
    SessionStatus,
    Side,
    can_transition,
    no_show_reportable,
)
from modules.booking.repositories import outcomes as outcomes_repo
from modules.booking.repositories import sessions as repo
from modules.booking.repositories.sessions import SessionView
from modules.booking.services.announce import session_changed

logger = logging.getLogger(__name__)

DEFAULT_NOTICE = timedelta(hours=2)


def side_of(actor: Actor, session: SessionView) -> Side | None:
    if actor.user_id == session.user_id:
        return Side.USER
    if actor.user_id == session.friend_id:
        return Side.FRIEND
    if actor.is_staff:
        return Side.STAFF
    return None


def session_for(actor: Actor, session_id: int, *, lock: bool = False) -> tuple[SessionView, Side]:
    """The session if `actor` takes part in it (or is staff); otherwise it does not exist for them."""
    session = repo.lock_session(session_id) if lock else repo.get_session(session_id)
    side = side_of(actor, session) if session else None
    if session is None or side is None:
        raise NotFound("No such session.")
    return session, side


def _policy(friend_id: int) -> CancellationPolicy:
    rules = repo.rules_for(friend_id, lengths=())
    return CancellationPolicy(notice=rules.min_notice if rules else DEFAULT_NOTICE)


def _policy_error(policy: CancellationPolicy, session: SessionView, action: str) -> RuleViolated:
    deadline = policy.user_deadline(session.start)
    return RuleViolated(
        f"Sessions can only be {action} up to {int(policy.notice.total_seconds() // 60)} minutes before they start.",
        code="inside_notice_window",
        extra={
            "policy": {
                "notice_minutes": int(policy.notice.total_seconds() // 60),
                "deadline": deadline.isoformat(),
            }
        },
    )


def _transition(
    session: SessionView,
    target: SessionStatus,
    *,
    actor: Actor,
    reason: str,
    at: datetime,
    side: Side | None = None,
    late: bool = False,
    departure: bool = False,
) -> SessionView:
    if not can_transition(session.status, target):
        raise Conflict(f"A {session.status.value} session cannot become {target.value}.", code="invalid_transition")
    after = repo.record_transition(
        session_id=session.id,
        from_status=session.status,
        to_status=target,
        actor_id=actor.user_id,
        reason=reason,
        at=at,
    )
    session_changed(
        session.status,
        after,
        by_side=SessionSide(side) if side else SessionSide.SYSTEM,
        late=late,
        departure=departure,
    )
    return after


def session_cancel(*, actor: Actor, session_id: int, reason: str, clock: Clock) -> SessionView:
    now = clock.now()
    with transaction.atomic():
        session, side = session_for(actor, session_id, lock=True)
        if session.status not in (SessionStatus.BOOKED, SessionStatus.PENDING_PAYMENT):
            raise Conflict(f"A {session.status.value} session cannot be cancelled.", code="invalid_transition")
        policy = _policy(session.friend_id)
        if not policy.may_change(side=side, start=session.start, now=now):
            raise _policy_error(policy, session, "cancelled")
        late = now > policy.user_deadline(session.start)
        cancelled = _transition(
            session,
            SessionStatus.CANCELLED,
            actor=actor,
            reason=f"[{side.value}] {reason}",
            at=now,
            side=side,
            late=late,
        )
        if side == Side.STAFF:
            events.publish(
                events.StaffActed(
                    actor_id=actor.user_id,
                    action="session.cancel",
                    target_type="session",
                    target_id=session.id,
                    reason=reason,
                    at=now,
                )
            )
        return cancelled


def session_reschedule(
    *, actor: Actor, session_id: int, new_start: datetime, duration_minutes: int | None, reason: str, clock: Clock
) -> SessionView:
    now = clock.now()
    with transaction.atomic():
        session, side = session_for(actor, session_id, lock=True)
        if side == Side.STAFF:
            raise NotFound("No such session.")
        if session.status != SessionStatus.BOOKED:
            raise Conflict(f"A {session.status.value} session cannot be moved.", code="invalid_transition")
        policy = _policy(session.friend_id)
        if not policy.may_change(side=side, start=session.start, now=now):
            raise _policy_error(policy, session, "moved")
        minutes = duration_minutes or int((session.end - session.start).total_seconds() // 60)
        offer = friend_offer(session.friend_id)
        if offer is None:
            raise RuleViolated("This friend is no longer available.", code="friend_unavailable")
        if minutes not in offer.session_lengths_minutes:
            raise InvalidInput(
                "This friend does not offer that length.",
                errors=[
                    FieldProblem(("body", "duration_minutes"), f"choose one of {list(offer.session_lengths_minutes)}")
                ],
            )
        if new_start <= now:
            raise InvalidInput(
                "The new time must be in the future.", errors=[FieldProblem(("body", "start"), "in the past")]
            )
        slot = Interval(new_start, new_start + timedelta(minutes=minutes))
        rules = repo.rules_for(session.friend_id, lengths=offer.session_lengths_minutes, lock=True)
        if rules is None:
            raise RuleViolated("This friend has not published availability.", code="no_availability")
        own = Interval(session.start, session.end)
        window = slot.widened(rules.buffer + timedelta(minutes=1))
        # The session's own current time does not count as busy: it is being moved.
        busy = [b for b in repo.busy_intervals(friend_id=session.friend_id, window=window) if b != own]
        if not fits(rules, slot=slot, busy=busy, now=now):
            if busy and any(b.widened(rules.buffer).overlaps(slot) for b in busy):
                raise Conflict("That time is no longer free.", code="slot_taken")
            raise RuleViolated(
                "That time is outside the friend's free time or notice period.", code="outside_availability"
            )
        user_busy = [b for b in repo.busy_intervals(user_id=session.user_id, window=slot) if b != own]
        if user_busy:
            raise Conflict("The user already has a session at that time.", code="user_busy")
        moved = repo.move_session(session_id=session.id, slot=slot, actor_id=actor.user_id, reason=reason, at=now)
        events.publish(
            events.SessionRescheduled(
                session_id=moved.id,
                user_id=moved.user_id,
                friend_id=moved.friend_id,
                session_type=SessionType(moved.session_type),
                from_start=session.start,
                to_start=moved.start,
                by_side=SessionSide(side),
            )
        )
        return moved


def session_report_no_show(*, actor: Actor, session_id: int, reason: str, clock: Clock) -> SessionView:
    """A participant reports that the *other* side did not turn up."""
    now = clock.now()
    with transaction.atomic():
        session, side = session_for(actor, session_id, lock=True)
        if side == Side.STAFF:
            raise NotFound("No such session.")
        if not no_show_reportable(start=session.start, end=session.end, now=now):
            raise RuleViolated(
                "A no-show can be reported from 10 minutes after the start until a day after the end.",
                code="no_show_not_reportable",
            )
        target = SessionStatus.NO_SHOW_FRIEND if side == Side.USER else SessionStatus.NO_SHOW_USER
        return _transition(session, target, actor=actor, reason=reason, at=now, side=side)


def session_start(*, actor: Actor, session: SessionView, at: datetime) -> SessionView:
    """Booked → in progress, the first time a participant joins (the join window opens a few
    minutes early). Someone who joined early and stayed in the call never joins again, so waiting
    for a join after the start would leave a session that took place "booked" and the sweep would
    close it as "nobody joined"."""
    if session.status == SessionStatus.BOOKED:
        return _transition(session, SessionStatus.IN_PROGRESS, actor=actor, reason="joined", at=at)
    return session


def session_complete(*, actor: Actor, session_id: int, clock: Clock) -> SessionView:
    now = clock.now()
    with transaction.atomic():
        session, side = session_for(actor, session_id, lock=True)
        if side == Side.STAFF:
            raise NotFound("No such session.")
        return _transition(
            session, SessionStatus.COMPLETED, actor=actor, reason=f"ended by {side.value}", at=now, side=side
        )


def sessions_complete_due(*, clock: Clock) -> int:
    """Background sweep: in-progress sessions past their end are completed (idempotent)."""
    now = clock.now()
    return _sweep(
        repo.due_for_completion(now=now),
        lambda s: s.status == SessionStatus.IN_PROGRESS and s.end <= now,
        SessionStatus.COMPLETED,
        reason="ended on schedule",
        at=now,
    )


def sessions_close_unjoined(*, clock: Clock) -> int:
    """Background sweep: a session still booked when its no-show window has closed (nobody joined
    it, nobody reported the other absent) is cancelled by the system. Neither side is blamed, so
    the user gets their session back and the friend earns nothing (billing's cancellation rule)."""
    now = clock.now()
    return _sweep(
        repo.booked_ended_before(now - NO_SHOW_REPORT_WINDOW),
        lambda s: s.status == SessionStatus.BOOKED and s.end + NO_SHOW_REPORT_WINDOW <= now,
        SessionStatus.CANCELLED,
        reason="nobody joined",
        at=now,
    )


def _sweep(
    session_ids: list[int],
    still_due: Callable[[SessionView], bool],
    target: SessionStatus,
    *,
    reason: str,
    at: datetime,
) -> int:
    """Move each session to `target` by the system, each in its own transaction: one that fails is
    logged and left for the next run, and does not hold back the others."""
    done = 0
    for session_id in session_ids:
        try:
            with transaction.atomic():
                session = repo.lock_session(session_id)
                if session and still_due(session):
                    after = repo.record_transition(
                        session_id=session.id,
                        from_status=session.status,
                        to_status=target,
                        actor_id=None,
                        reason=reason,
                        at=at,
                    )
                    session_changed(session.status, after, by_side=SessionSide.SYSTEM)
                    done += 1
        except Exception:
            logger.exception("session %s could not become %s; the next run tries again", session_id, target.value)
    return done


def sessions_cancel_on_departure(*, person_id: int, role: Role, reason: str, clock: Clock) -> list[SessionView]:
    """Cancel every session of a person who leaves (erasure) or is removed, as if they cancelled
    it themselves now: a friend leaving refunds their users in full; a user leaving inside the
    notice window is a late cancellation, as the policy says. Returns the sessions cancelled."""
    actor = Actor(user_id=person_id, role=role)
    cancelled: list[SessionView] = []
    for session_id in outcomes_repo.cancellable_ids_of(person_id):
        now = clock.now()
        with transaction.atomic():
            session, side = session_for(actor, session_id, lock=True)
            if session.status not in (SessionStatus.BOOKED, SessionStatus.PENDING_PAYMENT):
                continue  # it moved on in the meantime
            late = side == Side.USER and now > _policy(session.friend_id).user_deadline(session.start)
            cancelled.append(
                _transition(
                    session,
                    SessionStatus.CANCELLED,
                    actor=actor,
                    reason=f"[{side.value}] {reason}",
                    at=now,
                    side=side,
                    late=late,
                    departure=True,
                )
            )
    return cancelled
