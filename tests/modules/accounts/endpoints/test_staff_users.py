from __future__ import annotations

import json

import pytest
from ninja_jwt.exceptions import TokenError
from ninja_jwt.token_blacklist.models import BlacklistedToken
from ninja_jwt.tokens import RefreshToken

from modules.accounts.models import FriendProfile, User
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager():
    return UserFactory(role="manager", is_staff=True, profile__display_name="Max")


@pytest.fixture
def admin():
    return UserFactory(role="admin", is_staff=True)


def _post(client, actor, path, body=None):
    return client.post(
        path,
        data=json.dumps(body) if body is not None else None,
        content_type="application/json",
        headers=bearer(actor),
    )


class TestList:
    def test_search_by_email_or_name_and_filter_by_role(self, client, manager):
        ann = UserFactory(email="ann@example.com", profile__display_name="Ann")
        zed = FriendFactory(email="zed@example.com", profile__display_name="Annika")
        headers = bearer(manager)

        def ids(query):
            response = client.get(f"/api/users?{query}", headers=headers)
            assert response.status_code == 200, response.content
            return [item["id"] for item in response.json()["items"]]

        assert ids("q=ann") == [ann.pk, zed.pk]
        assert ids("q=zed@") == [zed.pk]
        assert ids("q=ann&role=friend") == [zed.pk]
        assert ids("role=manager") == [manager.pk]
        body = client.get("/api/users?limit=1&offset=1", headers=headers).json()
        assert (len(body["items"]), body["total"]) == (1, 3)

    @pytest.mark.parametrize("query", ["limit=500", "offset=-3", "role=king", "q=%00"])
    def test_bad_query_is_422(self, client, manager, query):
        assert client.get(f"/api/users?{query}", headers=bearer(manager)).status_code == 422

    def test_not_n_plus_one(self, client, admin, django_assert_max_num_queries):
        for _ in range(10):
            UserFactory()
            FriendFactory()
        headers = bearer(admin)
        with django_assert_max_num_queries(3):
            assert len(client.get("/api/users?limit=100", headers=headers).json()["items"]) == 21

    @pytest.mark.parametrize("factory", [UserFactory, FriendFactory])
    def test_non_staff_are_refused(self, client, factory):
        person = factory()
        assert client.get("/api/users", headers=bearer(person)).status_code == 403
        assert client.get(f"/api/users/{person.pk}", headers=bearer(person)).status_code == 403

    def test_one_account(self, client, manager):
        person = UserFactory(email="p@example.com")
        body = client.get(f"/api/users/{person.pk}", headers=bearer(manager)).json()
        assert (body["id"], body["email"], body["role"], body["is_active"]) == (
            person.pk,
            "p@example.com",
            "user",
            True,
        )
        assert client.get("/api/users/999999", headers=bearer(manager)).status_code == 404
        assert client.get(f"/api/users/{2**64}", headers=bearer(manager)).status_code == 422


class TestRoles:
    def test_manager_makes_a_user_a_friend_with_a_friend_profile(self, client, manager):
        person = UserFactory()
        response = _post(client, manager, f"/api/users/{person.pk}/role", {"role": "friend"})
        assert response.status_code == 200, response.content
        assert response.json()["role"] == "friend"
        assert User.objects.get(pk=person.pk).role == "friend"
        assert FriendProfile.objects.filter(user=person).exists()
        # The new friend can now manage their offer.
        assert client.get("/api/users/me/friend-profile", headers=bearer(person)).status_code == 200

    def test_manager_turns_a_friend_back_into_a_user(self, client, manager):
        friend = FriendFactory()
        assert _post(client, manager, f"/api/users/{friend.pk}/role", {"role": "user"}).status_code == 200
        assert User.objects.get(pk=friend.pk).role == "user"

    @pytest.mark.parametrize(("start", "new"), [("user", "manager"), ("user", "admin"), ("manager", "user")])
    def test_manager_cannot_touch_staff_roles(self, client, manager, start, new):
        person = UserFactory(role=start)
        response = _post(client, manager, f"/api/users/{person.pk}/role", {"role": new})
        assert response.status_code == 403
        assert response.json()["code"] == "admin_only"
        assert User.objects.get(pk=person.pk).role == start

    def test_admin_grants_manager_which_opens_the_django_admin(self, client, admin):
        person = UserFactory()
        assert _post(client, admin, f"/api/users/{person.pk}/role", {"role": "manager"}).status_code == 200
        person.refresh_from_db()
        assert (person.role, person.is_staff) == ("manager", True)
        assert _post(client, admin, f"/api/users/{person.pk}/role", {"role": "user"}).status_code == 200
        person.refresh_from_db()
        assert (person.role, person.is_staff) == ("user", False)

    @pytest.mark.parametrize("who", ["manager", "admin"])
    def test_nobody_changes_their_own_role(self, client, request, who):
        actor = request.getfixturevalue(who)
        response = _post(client, actor, f"/api/users/{actor.pk}/role", {"role": "admin"})
        assert response.status_code == 403
        assert response.json()["code"] == "own_role"
        actor.refresh_from_db()
        assert actor.role == who

    @pytest.mark.parametrize("body", [{"role": "king"}, {}, {"role": "friend", "is_staff": True}])
    def test_bad_body_is_422(self, client, admin, body):
        person = UserFactory()
        assert _post(client, admin, f"/api/users/{person.pk}/role", body).status_code == 422
        person.refresh_from_db()
        assert (person.role, person.is_staff) == ("user", False)

    def test_unknown_user_is_404(self, client, admin):
        assert _post(client, admin, "/api/users/424242/role", {"role": "friend"}).status_code == 404


class TestActivation:
    def test_deactivation_revokes_access_and_refresh_tokens(self, client, manager):
        person = UserFactory()
        refresh_tokens = [RefreshToken.for_user(person) for _ in range(2)]
        access = {"Authorization": f"Bearer {refresh_tokens[0].access_token}"}
        assert client.get("/api/users/me", headers=access).status_code == 200
        response = _post(client, manager, f"/api/users/{person.pk}/deactivate")
        assert response.status_code == 200, response.content
        assert response.json()["is_active"] is False
        assert client.get("/api/users/me", headers=access).status_code == 401
        assert BlacklistedToken.objects.filter(token__user=person).count() == 2
        for token in refresh_tokens:
            with pytest.raises(TokenError):
                RefreshToken(str(token))
        # Deactivating twice is harmless.
        assert _post(client, manager, f"/api/users/{person.pk}/deactivate").status_code == 200

    def test_reactivation(self, client, manager):
        person = UserFactory(is_active=False)
        response = _post(client, manager, f"/api/users/{person.pk}/reactivate")
        assert response.status_code == 200
        assert User.objects.get(pk=person.pk).is_active is True
        assert client.get("/api/users/me", headers=bearer(person)).status_code == 200

    @pytest.mark.parametrize("target_role", ["admin", "manager"])
    def test_manager_cannot_deactivate_staff(self, client, manager, target_role):
        target = UserFactory(role=target_role)
        RefreshToken.for_user(target)
        response = _post(client, manager, f"/api/users/{target.pk}/deactivate")
        assert response.status_code == 403
        assert User.objects.get(pk=target.pk).is_active is True
        assert not BlacklistedToken.objects.exists()

    def test_admin_can_deactivate_another_admin_but_not_themselves(self, client, admin):
        other = UserFactory(role="admin")
        assert _post(client, admin, f"/api/users/{other.pk}/deactivate").status_code == 200
        assert _post(client, admin, f"/api/users/{admin.pk}/deactivate").status_code == 403
        assert User.objects.get(pk=admin.pk).is_active is True

    @pytest.mark.parametrize("factory", [UserFactory, FriendFactory])
    def test_non_staff_cannot_deactivate(self, client, factory):
        actor, target = factory(), UserFactory()
        assert _post(client, actor, f"/api/users/{target.pk}/deactivate").status_code == 403
        assert User.objects.get(pk=target.pk).is_active is True
