"""All ORM access of feedback's ratings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Q

from modules.feedback.models import FriendRatingSummary, Rating


@dataclass(frozen=True)
class RatingView:
    id: int
    session_id: int
    rater_id: int
    ratee_id: int
    rater_side: str
    stars: int
    comment: str
    show_identity: bool
    counted: bool
    created_at: datetime
    hidden_at: datetime | None
    hidden_reason: str


@dataclass(frozen=True)
class SummaryView:
    friend_id: int
    count: int
    stars_sum: int


def _view(r: Rating) -> RatingView:
    return RatingView(
        r.pk, r.session_id, r.rater_id, r.ratee_id, r.rater_side, r.stars, r.comment, r.show_identity, r.counted,
        r.created_at, r.hidden_at, r.hidden_reason,
    )  # fmt: skip


def rating_of(*, session_id: int, rater_id: int) -> RatingView | None:
    r = Rating.objects.filter(session_id=session_id, rater_id=rater_id).first()
    return _view(r) if r else None


def get(rating_id: int) -> RatingView | None:
    r = Rating.objects.filter(pk=rating_id).first()
    return _view(r) if r else None


def create(
    *,
    session_id: int,
    rater_id: int,
    ratee_id: int,
    rater_side: str,
    stars: int,
    comment: str,
    show_identity: bool,
    counted: bool,
    at: datetime,
) -> RatingView | None:
    """The new rating, or None if this rater already rated this session (also concurrently)."""
    try:
        with transaction.atomic():
            r = Rating.objects.create(
                session_id=session_id, rater_id=rater_id, ratee_id=ratee_id, rater_side=rater_side, stars=stars,
                comment=comment, show_identity=show_identity, counted=counted, created_at=at,
            )  # fmt: skip
    except IntegrityError:
        return None
    return _view(r)


def add_to_summary(*, friend_id: int, stars: int, at: datetime) -> SummaryView:
    """Count one more rating, atomically: concurrent ratings of one friend each add theirs."""
    FriendRatingSummary.objects.bulk_create(
        [FriendRatingSummary(friend_id=friend_id, count=0, stars_sum=0, updated_at=at)], ignore_conflicts=True
    )
    FriendRatingSummary.objects.filter(friend_id=friend_id).update(
        count=F("count") + 1, stars_sum=F("stars_sum") + stars, updated_at=at
    )
    s = FriendRatingSummary.objects.get(friend_id=friend_id)
    return SummaryView(s.friend_id, s.count, s.stars_sum)


def summary_of(friend_id: int) -> SummaryView:
    s = FriendRatingSummary.objects.filter(friend_id=friend_id).first()
    return SummaryView(friend_id, s.count, s.stars_sum) if s else SummaryView(friend_id, 0, 0)


def summaries_of(friend_ids: list[int]) -> dict[int, SummaryView]:
    return {
        s.friend_id: SummaryView(s.friend_id, s.count, s.stars_sum)
        for s in FriendRatingSummary.objects.filter(friend_id__in=friend_ids)
    }


def received(*, ratee_id: int, side: str, limit: int, offset: int) -> tuple[list[RatingView], int]:
    qs = Rating.objects.filter(ratee_id=ratee_id, rater_side=side)
    return [_view(r) for r in qs.order_by("-created_at", "-pk")[offset : offset + limit]], qs.count()


def given(*, rater_id: int, limit: int, offset: int) -> tuple[list[RatingView], int]:
    qs = Rating.objects.filter(rater_id=rater_id)
    return [_view(r) for r in qs.order_by("-created_at", "-pk")[offset : offset + limit]], qs.count()


def rated_sessions(*, rater_id: int, session_ids: list[int]) -> set[int]:
    return set(
        Rating.objects.filter(rater_id=rater_id, session_id__in=session_ids).values_list("session_id", flat=True)
    )


def staff_list(
    *, friend_id: int | None, side: str | None, hidden: bool | None, limit: int, offset: int
) -> tuple[list[RatingView], int]:
    qs = Rating.objects.all()
    if friend_id is not None:
        qs = qs.filter(Q(ratee_id=friend_id) | Q(rater_id=friend_id))
    if side is not None:
        qs = qs.filter(rater_side=side)
    if hidden is not None:
        qs = qs.filter(hidden_at__isnull=not hidden)
    return [_view(r) for r in qs.order_by("-created_at", "-pk")[offset : offset + limit]], qs.count()


def hide(*, rating_id: int, staff_id: int, reason: str, at: datetime) -> RatingView | None:
    with transaction.atomic():
        r = Rating.objects.select_for_update().filter(pk=rating_id).first()
        if r is None:
            return None
        if r.hidden_at is None:
            r.hidden_at, r.hidden_by_id, r.hidden_reason = at, staff_id, reason
            r.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        return _view(r)
