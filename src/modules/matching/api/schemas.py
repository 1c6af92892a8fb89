from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from kit.api import PageQuery, StrictSchema
from kit.fields import Int, param_int

MAX_OFFSET = 1_000_000
MAX_PRICE_MINOR = 1_000_000
SessionType = Literal["text", "voice", "video"]


class MatchFilters(PageQuery):
    session_type: SessionType | None = None
    language: str | None = Field(default=None, max_length=8, pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")
    max_price_minor: param_int(ge=0, le=MAX_PRICE_MINOR) | None = Field(
        default=None,
        description="Highest price in minor units: for `session_type` if given, else for the cheapest offered type",
    )


class MatchedFriendCardOut(Schema):
    """A friend as matching shows them (accounts' `FriendCardOut` is the full public card)."""

    id: int
    display_name: str
    headline: str
    languages: list[str]
    timezone: str
    session_types: list[str]
    prices_minor: dict[str, int]
    currency: str
    session_lengths_minutes: list[int]
    is_favourite: bool = Field(description="Whether the caller keeps this friend among their favourites")


class ReasonOut(Schema):
    code: Literal["answer_match", "shared_language", "schedule_overlap", "rating"]
    detail: str
    text: str


class MatchOut(Schema):
    friend: MatchedFriendCardOut
    score: int = Field(ge=0, le=100)
    reasons: list[ReasonOut]


class MatchPageOut(Schema):
    items: list[MatchOut]
    total: int
    limit: int
    offset: int


class DecisionOut(Schema):
    friend_id: int
    decision: Literal["accepted", "declined"]
    decided_at: datetime


class MyFriendOut(Schema):
    friend: MatchedFriendCardOut
    accepted_at: datetime


class MyFriendPageOut(Schema):
    items: list[MyFriendOut]
    total: int
    limit: int
    offset: int


class FavouriteOut(Schema):
    friend: MatchedFriendCardOut
    saved_at: datetime


class FavouritePageOut(Schema):
    items: list[FavouriteOut]
    total: int
    limit: int
    offset: int


class RematchIn(StrictSchema):
    reason: str = Field(min_length=1, max_length=500, pattern=r"^[^\x00]*$")
    limit: Int = Field(
        default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Size of the list passed over and of the new one"
    )


class RematchOut(Schema):
    id: int
    reason: str
    passed: int = Field(description="How many suggestions were passed over")
    matches: MatchPageOut


class BlockOut(Schema):
    user_id: int
    display_name: str
    created_at: datetime


class FriendHighlightOut(Schema):
    """A friend as the public landing page shows them: nothing beyond their public card."""

    id: int
    display_name: str
    headline: str
    avatar_url: str | None = Field(description="A short-lived link (10 minutes); null without an avatar")
    rating_average: float | None = Field(description="One decimal, once the friend has at least 3 ratings")
    rating_count: int | None
    session_types: list[str]
