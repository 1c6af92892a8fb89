"""Who may rate a session, when, and what counts towards a friend's average (pure rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from core.errors import NotFound, RuleViolated
from core.sessions import ENDED_STATUSES, SessionStatus

RATING_WINDOW = timedelta(days=14)
# Below this many ratings an average says more about one person than about the friend.
MIN_RATINGS_SHOWN = 3
COMMENT_MAX_LENGTH = 2000
STARS = range(1, 6)


class Side(StrEnum):
    USER = "user"  # rates the friend: counts towards the friend's public average
    FRIEND = "friend"  # rates the user: private, for staff only


@dataclass(frozen=True)
class SessionFacts:
    session_id: int
    user_id: int
    friend_id: int
    status: SessionStatus
    end: datetime
    # When the session actually ended (completed or no-show recorded); None while it has not.
    ended_at: datetime | None


class RatingRefused(RuleViolated):
    pass


def side_of(facts: SessionFacts, person_id: int) -> Side | None:
    if person_id == facts.user_id:
        return Side.USER
    if person_id == facts.friend_id:
        return Side.FRIEND
    return None


def opens_at(facts: SessionFacts) -> datetime:
    """A session may be rated once it is over: at its end, or earlier if it was completed early."""
    return min(facts.end, facts.ended_at) if facts.ended_at else facts.end


def closes_at(facts: SessionFacts) -> datetime:
    return max(facts.end, facts.ended_at or facts.end) + RATING_WINDOW


def check_can_rate(facts: SessionFacts | None, *, rater_id: int, now: datetime) -> Side:
    """The rater's side, or the reason they may not rate this session now."""
    side = side_of(facts, rater_id) if facts else None
    if facts is None or side is None:
        raise NotFound("No such session.")
    if facts.status not in ENDED_STATUSES:
        raise RatingRefused(
            "Only a session that took place can be rated.", code="session_not_rateable", extra={"status": facts.status}
        )
    if (facts.status == SessionStatus.NO_SHOW_USER and side == Side.USER) or (
        facts.status == SessionStatus.NO_SHOW_FRIEND and side == Side.FRIEND
    ):
        raise RatingRefused("A no-show was recorded against you for this session.", code="no_show_against_rater")
    if now < opens_at(facts):
        raise RatingRefused(
            "The session can be rated once it has ended.",
            code="rating_not_open",
            extra={"opens_at": opens_at(facts).isoformat()},
        )
    if now > closes_at(facts):
        raise RatingRefused(
            "Sessions can be rated for 14 days after they end.",
            code="rating_closed",
            extra={"closed_at": closes_at(facts).isoformat()},
        )
    return side


def counts_towards_average(*, side: Side, status: SessionStatus) -> bool:
    """Users' ratings of sessions that took place; a session ending in a no-show says nothing of the talk."""
    return side == Side.USER and status == SessionStatus.COMPLETED


def shown_average(*, stars_sum: int, count: int) -> float | None:
    """The public average (one decimal) once there are enough ratings, else None."""
    if count < MIN_RATINGS_SHOWN:
        return None
    return round(stars_sum / count, 1)
