"""/api/feedback: rate a session, see ratings given and received, staff moderation."""

from __future__ import annotations

from dataclasses import asdict

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.api_errors import error_responses
from core.pagination import PageRequest
from kit.api import Id, PageQuery
from modules.accounts.public import actor_of
from modules.feedback import dependencies as deps
from modules.feedback.api.schemas import (
    FriendRatingSummaryOut,
    PendingRatingOut,
    RatingHideIn,
    RatingIn,
    RatingOut,
    RatingPage,
    ReceivedRatingOut,
    ReceivedRatingPage,
    StaffRatingOut,
    StaffRatingPage,
    StaffRatingQuery,
)
from modules.feedback.services import ratings

router = Router(tags=["feedback"])


def _out(rating) -> RatingOut:
    return RatingOut(**{k: getattr(rating, k) for k in RatingOut.model_fields})


def _staff_out(rating) -> StaffRatingOut:
    return StaffRatingOut(**{k: getattr(rating, k) for k in StaffRatingOut.model_fields})


@router.post(
    "/ratings",
    response={201: RatingOut},
    operation_id="feedback_rating_create",
    openapi_extra=error_responses(404, 409),
    summary="Rate a session I took part in",
    description=(
        "Participants of a session that took place rate it once, from its end until 14 days after: "
        "a user rates the friend (counts towards the friend's public average), a friend rates the user "
        "(seen by staff only). 404 for a session the caller was not in; 409 `already_rated` with the "
        "first rating; 422 `rating_not_open`, `rating_closed`, `session_not_rateable`, `no_show_against_rater`."
    ),
)
def rating_create(request: HttpRequest, payload: RatingIn):
    rating = ratings.rating_create(
        actor=actor_of(request),
        session_id=payload.session_id,
        stars=payload.stars,
        comment=payload.comment,
        show_identity=payload.show_identity,
        now=deps.clock().now(),
    )
    return Status(201, _out(rating))


@router.get(
    "/ratings/given",
    response=RatingPage,
    operation_id="feedback_ratings_given",
    summary="Ratings I gave",
    description="The caller's own ratings, newest first.",
)
def ratings_given(request: HttpRequest, query: Query[PageQuery]):
    page = ratings.ratings_given(actor=actor_of(request), page=PageRequest(query.limit, query.offset))
    return RatingPage(items=[_out(r) for r in page.items], total=page.total, limit=page.limit, offset=page.offset)


@router.get(
    "/ratings/received",
    response=ReceivedRatingPage,
    operation_id="feedback_ratings_received",
    openapi_extra=error_responses(403),
    summary="Ratings users gave me (friends)",
    description=(
        "Friends only (403 otherwise). The rater's name only when they allowed it; a comment staff hid "
        "is null. Friends' ratings of users are never shown to the users."
    ),
)
def ratings_received(request: HttpRequest, query: Query[PageQuery]):
    page = ratings.ratings_received(actor=actor_of(request), page=PageRequest(query.limit, query.offset))
    return ReceivedRatingPage(
        items=[ReceivedRatingOut(**asdict(r)) for r in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get(
    "/ratings/pending",
    response=list[PendingRatingOut],
    operation_id="feedback_ratings_pending",
    summary="Sessions I can rate now",
    description="The caller's sessions that ended in the last 14 days and that they have not rated yet.",
)
def ratings_pending(request: HttpRequest):
    return [
        PendingRatingOut(**asdict(p)) for p in ratings.ratings_pending(actor=actor_of(request), now=deps.clock().now())
    ]


@router.get(
    "/friends/{friend_id}/summary",
    response=FriendRatingSummaryOut,
    operation_id="feedback_friend_summary",
    openapi_extra=error_responses(404),
    summary="A friend's public rating",
    description="Average (one decimal) and count once the friend has at least 3 counted ratings; nulls before.",
)
def friend_summary(request: HttpRequest, friend_id: Id):
    return FriendRatingSummaryOut(**asdict(ratings.friend_summary(actor=actor_of(request), friend_id=friend_id)))


@router.get(
    "/ratings",
    response=StaffRatingPage,
    operation_id="feedback_ratings_staff_list",
    openapi_extra=error_responses(403),
    summary="All ratings (staff)",
    description="Managers and admins: every rating with both sides' ids, filterable; 403 for others.",
)
def ratings_staff_list(request: HttpRequest, query: Query[StaffRatingQuery]):
    page = ratings.ratings_for_staff(
        actor=actor_of(request),
        friend_id=query.friend_id,
        side=query.side,
        hidden=query.hidden,
        page=PageRequest(query.limit, query.offset),
    )
    return StaffRatingPage(
        items=[_staff_out(r) for r in page.items], total=page.total, limit=page.limit, offset=page.offset
    )


@router.post(
    "/ratings/{rating_id}/hide",
    response=StaffRatingOut,
    operation_id="feedback_rating_hide",
    openapi_extra=error_responses(403, 404),
    summary="Hide a rating's comment (staff)",
    description=(
        "Managers and admins: the friend no longer sees the comment; the stars still count. Who, when and why are kept."
    ),
)
def rating_hide(request: HttpRequest, rating_id: Id, payload: RatingHideIn):
    return _staff_out(
        ratings.rating_hide(actor=actor_of(request), rating_id=rating_id, reason=payload.reason, now=deps.clock().now())
    )
