"""Joining a session: an RTC token for voice/video, valid until the end plus a grace period.

Calling join again renews the token (same channel and uid), so a client whose token is
about to expire just joins again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from core.clock import Clock
from core.errors import NotFound, RuleViolated
from core.identity import Actor
from core.ports.rtc import RtcRole, RtcToken, RtcTokenIssuer
from modules.booking.domain.sessions import (
    JOIN_EARLY,
    TOKEN_GRACE,
    SessionStatus,
    SessionType,
    Side,
    join_window_open,
    rtc_channel,
)
from modules.booking.repositories.sessions import SessionView
from modules.booking.services import lifecycle
from modules.chat.public import conversation_ensure_direct


@dataclass(frozen=True)
class JoinInfo:
    session: SessionView
    rtc: RtcToken | None  # voice/video
    # Text sessions happen in the chat conversation between the two participants.
    conversation_id: int | None


def session_join(*, actor: Actor, session_id: int, clock: Clock, rtc: RtcTokenIssuer) -> JoinInfo:
    now = clock.now()
    with transaction.atomic():
        session, side = lifecycle.session_for(actor, session_id, lock=True)
        if side == Side.STAFF:  # staff may look at a session, not sit in on it
            raise NotFound("No such session.")
        if session.status not in (SessionStatus.BOOKED, SessionStatus.IN_PROGRESS):
            raise RuleViolated(f"This session is {session.status.value}.", code="session_not_joinable")
        if not join_window_open(start=session.start, end=session.end, now=now):
            raise RuleViolated(
                f"You can join from {int(JOIN_EARLY.total_seconds() // 60)} minutes before the start until the end.",
                code="join_window_closed",
                extra={"opens_at": (session.start - JOIN_EARLY).isoformat(), "ends_at": session.end.isoformat()},
            )
        session = lifecycle.session_start(actor=actor, session=session, at=now)
    token = None
    conversation_id = None
    if session.session_type in (SessionType.VOICE, SessionType.VIDEO):
        token = rtc.issue_token(
            channel=rtc_channel(session.id),
            uid=actor.user_id,
            role=RtcRole.PUBLISHER,
            expires_at=_token_expiry(session.end),
        )
    else:
        # Booking already opened it; ensure_direct is idempotent and returns its id.
        conversation_id = conversation_ensure_direct(user_id=session.user_id, friend_id=session.friend_id)
    return JoinInfo(session=session, rtc=token, conversation_id=conversation_id)


def _token_expiry(end: datetime) -> datetime:
    return end + TOKEN_GRACE
