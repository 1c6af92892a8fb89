from __future__ import annotations

import pytest

from tests.modules.accounts.factories import FriendFactory, FriendProfileFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer():
    return UserFactory()


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["items"]]


def test_directory_needs_sign_in(client):
    assert client.get("/api/users/friends").status_code == 401
    assert client.get("/api/users/friends/1").status_code == 401


def test_only_active_friends_are_listed(client, viewer):
    listed = FriendFactory()
    FriendFactory(is_active=False)
    UserFactory()
    former = UserFactory()  # once a friend: the offer row remains, the role does not
    FriendProfileFactory(user=former)
    assert _ids(client.get("/api/users/friends", headers=bearer(viewer))) == [listed.pk]


def test_cards_carry_no_email_or_capacity(client, viewer):
    FriendFactory(email="secret@example.com")
    item = client.get("/api/users/friends", headers=bearer(viewer)).json()["items"][0]
    assert "email" not in item
    assert "weekly_capacity" not in item
    assert "secret@example.com" not in str(item)


def test_search_by_name_and_filter_by_session_type_and_language(client, viewer):
    ana = FriendFactory(profile__display_name="Ana Lima", profile__languages=["pt-BR", "en"])
    bob = FriendFactory(
        profile__display_name="Bob", friend_profile__session_types=["text"], friend_profile__prices_minor={"text": 100}
    )
    enzo = FriendFactory(profile__display_name="Enzo", profile__languages=["it"])
    headers = bearer(viewer)
    assert _ids(client.get("/api/users/friends?q=ana", headers=headers)) == [ana.pk]
    assert _ids(client.get("/api/users/friends?session_type=text", headers=headers)) == [ana.pk, bob.pk, enzo.pk]
    assert _ids(client.get("/api/users/friends?session_type=video", headers=headers)) == [ana.pk, enzo.pk]
    assert _ids(client.get("/api/users/friends?language=pt-BR", headers=headers)) == [ana.pk]
    # "en" must not match "pt-BR" or any other code that merely contains the letters.
    assert _ids(client.get("/api/users/friends?language=en", headers=headers)) == [ana.pk, bob.pk]
    assert _ids(client.get("/api/users/friends?language=it&session_type=video", headers=headers)) == [enzo.pk]


def test_pagination(client, viewer):
    friends = [FriendFactory(profile__display_name=f"F{i:02}") for i in range(5)]
    body = client.get("/api/users/friends?limit=2&offset=2", headers=bearer(viewer)).json()
    assert [i["id"] for i in body["items"]] == [f.pk for f in friends[2:4]]
    assert (body["total"], body["limit"], body["offset"]) == (5, 2, 2)


@pytest.mark.parametrize(
    "query",
    [
        "limit=101",
        "limit=0",
        "offset=-1",
        "offset=99999999999999999999",
        "session_type=dance",
        "language=english",
        "language=%22en%22",
        "q=%00",
    ],
)
def test_bad_query_is_422(client, viewer, query):
    response = client.get(f"/api/users/friends?{query}", headers=bearer(viewer))
    assert response.status_code == 422, response.content
    assert response.json()["code"] == "invalid_input"


def test_list_is_not_n_plus_one(client, viewer, django_assert_max_num_queries):
    for _ in range(12):
        FriendFactory()
    headers = bearer(viewer)
    # auth user + the viewer's blocks + count + page + which of the page are the viewer's favourites
    with django_assert_max_num_queries(5):
        assert len(_ids(client.get("/api/users/friends?limit=50", headers=headers))) == 12


def test_public_friend_profile(client, viewer):
    friend = FriendFactory(profile__display_name="Fran", profile__bio="I like tea")
    body = client.get(f"/api/users/friends/{friend.pk}", headers=bearer(viewer)).json()
    assert (body["id"], body["display_name"], body["bio"]) == (friend.pk, "Fran", "I like tea")
    assert "email" not in body


@pytest.mark.parametrize("kind", ["user", "inactive", "unknown", "former"])
def test_non_friends_are_not_found(client, viewer, kind):
    if kind == "user":
        target_id = UserFactory().pk
    elif kind == "inactive":
        target_id = FriendFactory(is_active=False).pk
    elif kind == "former":
        former = UserFactory()
        FriendProfileFactory(user=former)
        target_id = former.pk
    else:
        target_id = 987654
    response = client.get(f"/api/users/friends/{target_id}", headers=bearer(viewer))
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("raw_id", ["9223372036854775808", "99999999999999999999999", "0", "-1", "abc"])
def test_impossible_ids_are_4xx_not_500(client, viewer, raw_id):
    response = client.get(f"/api/users/friends/{raw_id}", headers=bearer(viewer))
    assert response.status_code in (404, 422)


def test_largest_possible_id_is_simply_not_found(client, viewer):
    assert client.get(f"/api/users/friends/{2**63 - 1}", headers=bearer(viewer)).status_code == 404
