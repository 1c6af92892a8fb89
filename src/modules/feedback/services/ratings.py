"""Use cases of ratings: rate a session, read what was given and received, staff moderation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from core import events
from core.errors import Conflict, NotFound, PermissionDenied
from core.identity import Actor, Role, require_staff
from core.pagination import Page, PageRequest
from modules.accounts.public import display_names
from modules.booking.public import SessionOutcomeView, ended_sessions_of, session_outcome
from modules.feedback.domain import ratings as rules
from modules.feedback.repositories import ratings as repo
from modules.feedback.repositories.ratings import RatingView, SummaryView
from modules.matching.public import blocked_between


def _facts(view: SessionOutcomeView | None) -> rules.SessionFacts | None:
    if view is None:
        return None
    return rules.SessionFacts(view.session_id, view.user_id, view.friend_id, view.status, view.end, view.ended_at)


def rating_create(
    *, actor: Actor, session_id: int, stars: int, comment: str, show_identity: bool, now: datetime
) -> RatingView:
    """Rate a session once. A second rating is refused with the first one in the problem (409)."""
    facts = _facts(session_outcome(session_id))
    side = rules.check_can_rate(facts, rater_id=actor.user_id, now=now)
    assert facts is not None
    ratee = facts.friend_id if side == rules.Side.USER else facts.user_id
    counted = rules.counts_towards_average(side=side, status=facts.status)
    with transaction.atomic():
        rating = repo.create(
            session_id=session_id, rater_id=actor.user_id, ratee_id=ratee, rater_side=side, stars=stars,
            comment=comment.strip(), show_identity=show_identity, counted=counted, at=now,
        )  # fmt: skip
        if rating is None:
            first = repo.rating_of(session_id=session_id, rater_id=actor.user_id)
            raise Conflict(
                "You have already rated this session.", code="already_rated", extra={"rating": _public_dict(first)}
            )
        if counted:
            summary = repo.add_to_summary(friend_id=ratee, stars=stars, at=now)
            # In this transaction: matching's copy of the average moves with the rating, or neither does.
            events.publish(
                events.FriendRated(friend_id=ratee, average=summary.stars_sum / summary.count, count=summary.count)
            )
    return rating


def _public_dict(rating: RatingView | None) -> dict[str, object] | None:
    if rating is None:
        return None
    return {
        "id": rating.id,
        "session_id": rating.session_id,
        "stars": rating.stars,
        "comment": rating.comment,
        "created_at": rating.created_at.isoformat(),
    }


@dataclass(frozen=True)
class ReceivedRating:
    id: int
    session_id: int
    stars: int
    comment: str | None  # None when staff hid it
    rater_name: str | None  # only when the rater chose to show it
    created_at: datetime


def ratings_received(*, actor: Actor, page: PageRequest) -> Page[ReceivedRating]:
    """What users said about me (friends only): without the rater's identity unless they allowed it."""
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends receive ratings.")
    items, total = repo.received(ratee_id=actor.user_id, side=rules.Side.USER, limit=page.limit, offset=page.offset)
    names = display_names([r.rater_id for r in items if r.show_identity])
    return Page(
        [
            ReceivedRating(
                r.id,
                r.session_id,
                r.stars,
                None if r.hidden_at else (r.comment or None),
                names.get(r.rater_id) if r.show_identity else None,
                r.created_at,
            )
            for r in items
        ],
        total,
        page.limit,
        page.offset,
    )


def ratings_given(*, actor: Actor, page: PageRequest) -> Page[RatingView]:
    items, total = repo.given(rater_id=actor.user_id, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


@dataclass(frozen=True)
class PendingRating:
    session_id: int
    counterpart_id: int
    counterpart_name: str
    session_type: str
    start: datetime
    closes_at: datetime


def ratings_pending(*, actor: Actor, now: datetime) -> list[PendingRating]:
    """Sessions I may rate now and have not rated yet, newest first."""
    ended = ended_sessions_of(actor.user_id, ended_after=now - rules.RATING_WINDOW)
    rated = repo.rated_sessions(rater_id=actor.user_id, session_ids=[s.session_id for s in ended])
    open_now = []
    for view in ended:
        if view.session_id in rated:
            continue
        try:
            rules.check_can_rate(_facts(view), rater_id=actor.user_id, now=now)
        except rules.RatingRefused:
            continue
        open_now.append(view)
    counterparts = [s.friend_id if s.user_id == actor.user_id else s.user_id for s in open_now]
    names = display_names(counterparts)
    return [
        PendingRating(
            s.session_id,
            other,
            names.get(other, ""),
            s.session_type,
            s.start,
            rules.closes_at(_facts(s)),  # type: ignore[arg-type]
        )
        for s, other in zip(open_now, counterparts, strict=True)
    ]


@dataclass(frozen=True)
class FriendSummary:
    friend_id: int
    average: float | None
    count: int | None


def friend_summary(*, actor: Actor, friend_id: int) -> FriendSummary:
    """A friend's public rating: average (1 decimal) and count once there are enough ratings."""
    if actor.user_id != friend_id and not actor.is_staff and blocked_between(actor.user_id, friend_id):
        raise NotFound("No such friend.")
    return _summary(repo.summary_of(friend_id))


def _summary(s: SummaryView) -> FriendSummary:
    average = rules.shown_average(stars_sum=s.stars_sum, count=s.count)
    return FriendSummary(s.friend_id, average, s.count if average is not None else None)


def friend_summaries(friend_ids: list[int]) -> dict[int, FriendSummary]:
    found = repo.summaries_of(friend_ids)
    return {fid: _summary(found.get(fid, SummaryView(fid, 0, 0))) for fid in friend_ids}


def ratings_for_staff(
    *, actor: Actor, friend_id: int | None, side: str | None, hidden: bool | None, page: PageRequest
) -> Page[RatingView]:
    require_staff(actor, "Staff only.")
    items, total = repo.staff_list(friend_id=friend_id, side=side, hidden=hidden, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


def rating_hide(*, actor: Actor, rating_id: int, reason: str, now: datetime) -> RatingView:
    """Hide a rating's comment from the friend (the stars still count); who, when and why are kept."""
    require_staff(actor, "Staff only.")
    with transaction.atomic():
        hidden = repo.hide(rating_id=rating_id, staff_id=actor.user_id, reason=reason.strip(), at=now)
        if hidden is None:
            raise NotFound("No such rating.")
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="rating.hide",
                target_type="rating",
                target_id=rating_id,
                reason=reason.strip(),
                at=now,
            )
        )
    return hidden
