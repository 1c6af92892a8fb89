from __future__ import annotations

import json

import pytest

from modules.accounts.models import FriendProfile
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db
URL = "/api/users/me/friend-profile"


def _patch(client, user, body):
    return client.patch(URL, data=json.dumps(body), content_type="application/json", headers=bearer(user))


def test_friend_reads_own_offer(client):
    friend = FriendFactory()
    body = client.get(URL, headers=bearer(friend)).json()
    assert body["session_types"] == ["text", "voice", "video"]
    assert body["prices_minor"] == {"text": 1000, "voice": 2000, "video": 3000}


@pytest.mark.parametrize("role", ["user", "manager", "admin"])
def test_non_friends_have_no_friend_profile(client, role):
    person = UserFactory(role=role)
    assert client.get(URL, headers=bearer(person)).status_code == 403
    response = _patch(client, person, {"headline": "Hello"})
    assert response.status_code == 403
    assert response.json()["code"] == "friends_only"
    assert not FriendProfile.objects.filter(user=person).exists()


def test_friend_edits_offer(client):
    friend = FriendFactory()
    response = _patch(
        client,
        friend,
        {
            "headline": "  Night owl  ",
            "session_types": ["voice"],
            "prices_minor": {"voice": 1800},
            "weekly_capacity": 5,
        },
    )
    assert response.status_code == 200, response.content
    stored = FriendProfile.objects.get(user=friend)
    assert (stored.headline, stored.session_types, stored.prices_minor, stored.weekly_capacity) == (
        "Night owl",
        ["voice"],
        {"voice": 1800},
        5,
    )


def test_friend_without_a_profile_row_gets_an_empty_one(client):
    friend = UserFactory(role="friend")
    body = client.get(URL, headers=bearer(friend)).json()
    assert body["session_types"] == []
    assert body["is_accepting"] is False


@pytest.mark.parametrize(
    "body",
    [
        {"session_types": ["text", "voice", "video", "dance"]},
        {"session_types": ["text", "voice", "video"], "prices_minor": {"text": 1, "voice": 1}},
        {"prices_minor": {"text": -5}},
        {"weekly_capacity": 81},
        {"weekly_capacity": "5"},
        {"currency": "EUR"},
        {"session_lengths_minutes": [17]},
        {"headline": "x" * 121},
        {"user_id": 99},
        {"is_listed": True},
        {"headline": "ok", "role": "admin"},
    ],
)
def test_invalid_or_server_owned_fields_are_refused_and_nothing_changes(client, body):
    friend = FriendFactory()
    before = FriendProfile.objects.filter(user=friend).values().get()
    response = _patch(client, friend, body)
    assert response.status_code == 422, response.content
    assert response.json()["errors"]
    assert FriendProfile.objects.filter(user=friend).values().get() == before
    friend.refresh_from_db()
    assert friend.role == "friend"
