from __future__ import annotations

import pytest

from core.errors import InvalidInput
from modules.accounts.domain.profiles import FriendProfileView, friend_profile_merge

CURRENT = FriendProfileView(
    user_id=1,
    display_name="Fran",
    bio="",
    languages=("en",),
    timezone="UTC",
    avatar_key="",
    headline="Hi",
    session_types=("text", "voice"),
    prices_minor={"text": 1000, "voice": 2000},
)


def test_partial_edit_is_merged_with_the_current_offer():
    merged = friend_profile_merge(CURRENT, {"session_types": ["text"], "prices_minor": {"text": 500}})
    assert merged["session_types"] == ["text"]
    assert merged["prices_minor"] == {"text": 500}
    assert merged["headline"] == "Hi"
    assert merged["session_lengths_minutes"] == [30, 60]


def test_offering_a_type_without_a_price_is_refused():
    with pytest.raises(InvalidInput) as exc:
        friend_profile_merge(CURRENT, {"session_types": ["text", "voice", "video"]})
    assert [p.loc for p in exc.value.errors] == [("body", "prices_minor", "video")]


def test_all_problems_are_reported_together():
    with pytest.raises(InvalidInput) as exc:
        friend_profile_merge(
            CURRENT,
            {"currency": "USD", "weekly_capacity": 500, "session_lengths_minutes": [7], "prices_minor": {"text": -1}},
        )
    locs = {p.loc for p in exc.value.errors}
    assert locs >= {
        ("body", "currency"),
        ("body", "weekly_capacity"),
        ("body", "session_lengths_minutes"),
        ("body", "prices_minor", "text"),
    }


def test_accepting_bookings_needs_something_on_offer():
    with pytest.raises(InvalidInput):
        friend_profile_merge(CURRENT, {"session_types": [], "prices_minor": {}, "is_accepting": True})
    paused = friend_profile_merge(CURRENT, {"session_types": [], "prices_minor": {}, "is_accepting": False})
    assert paused["session_types"] == []
