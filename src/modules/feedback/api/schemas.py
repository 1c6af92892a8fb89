"""Request and response shapes of /api/feedback (names unique across the whole API)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from kit.api import MAX_ID, PageQuery, StrictSchema
from kit.fields import ParamBool, param_int
from modules.feedback.domain.ratings import COMMENT_MAX_LENGTH


class RatingIn(StrictSchema):
    session_id: int = Field(ge=1, le=MAX_ID, strict=True)
    stars: int = Field(ge=1, le=5, strict=True, description="1 (poor) to 5 (excellent)")
    comment: str = Field(default="", max_length=COMMENT_MAX_LENGTH)
    show_identity: bool = Field(
        default=False, strict=True, description="Let the friend see who wrote it (anonymous by default)"
    )


class RatingOut(Schema):
    id: int
    session_id: int
    rater_side: Literal["user", "friend"]
    stars: int
    comment: str
    show_identity: bool
    counted: bool = Field(description="Counts towards the friend's public average")
    created_at: datetime


class RatingPage(Schema):
    items: list[RatingOut]
    total: int
    limit: int
    offset: int


class ReceivedRatingOut(Schema):
    id: int
    session_id: int
    stars: int
    comment: str | None = Field(description="None when there is none or staff hid it")
    rater_name: str | None = Field(description="Only when the rater chose to show it")
    created_at: datetime


class ReceivedRatingPage(Schema):
    items: list[ReceivedRatingOut]
    total: int
    limit: int
    offset: int


class PendingRatingOut(Schema):
    session_id: int
    counterpart_id: int
    counterpart_name: str
    session_type: str
    start: datetime
    closes_at: datetime


class FriendRatingSummaryOut(Schema):
    friend_id: int
    average: float | None = Field(description="One decimal, once the friend has at least 3 ratings")
    count: int | None


class StaffRatingOut(RatingOut):
    rater_id: int
    ratee_id: int
    hidden_at: datetime | None
    hidden_reason: str


class StaffRatingPage(Schema):
    items: list[StaffRatingOut]
    total: int
    limit: int
    offset: int


class StaffRatingQuery(PageQuery):
    friend_id: param_int(ge=1, le=MAX_ID) | None = Field(
        default=None, description="Ratings given or received by this friend"
    )
    side: Literal["user", "friend"] | None = None
    hidden: ParamBool | None = None


class RatingHideIn(StrictSchema):
    reason: str = Field(min_length=3, max_length=500)
