"""/api/matches/favourites over HTTP: save, list, remove; the mark on match cards."""

from __future__ import annotations

import pytest

from modules.matching.models import Favourite
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db


def test_save_list_and_remove(client):
    user, friend = UserFactory(), FriendFactory()
    url = f"/api/matches/favourites/{friend.pk}"
    assert client.post(url, headers=bearer(user)).status_code == 204
    assert client.post(url, headers=bearer(user)).status_code == 204  # idempotent
    body = client.get("/api/matches/favourites", headers=bearer(user)).json()
    assert [(i["friend"]["id"], i["friend"]["is_favourite"]) for i in body["items"]] == [(friend.pk, True)]
    assert body["total"] == 1
    matches = client.get("/api/matches", headers=bearer(user)).json()["items"]
    assert {m["friend"]["id"]: m["friend"]["is_favourite"] for m in matches}[friend.pk] is True
    # Browsing the friend directory shows it too.
    cards = client.get("/api/users/friends", headers=bearer(user)).json()["items"]
    assert {c["id"]: c["is_favourite"] for c in cards}[friend.pk] is True
    assert client.get(f"/api/users/friends/{friend.pk}", headers=bearer(user)).json()["is_favourite"] is True
    assert client.get(f"/api/users/friends/{friend.pk}", headers=bearer(UserFactory())).json()["is_favourite"] is False
    assert client.delete(url, headers=bearer(user)).status_code == 204
    assert not Favourite.objects.exists()
    assert client.get(f"/api/users/friends/{friend.pk}", headers=bearer(user)).json()["is_favourite"] is False


def test_someone_who_is_not_a_friend_is_404_and_friends_cannot_keep_favourites(client):
    user, other_user, friend = UserFactory(), UserFactory(), FriendFactory()
    assert client.post(f"/api/matches/favourites/{other_user.pk}", headers=bearer(user)).status_code == 404
    assert client.post(f"/api/matches/favourites/{friend.pk}", headers=bearer(FriendFactory())).status_code == 403
    assert not Favourite.objects.exists()
