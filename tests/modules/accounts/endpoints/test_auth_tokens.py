"""JWT lifecycle: refresh rotation, reuse, logout, and every way a bad token must be refused."""

from __future__ import annotations

import base64
import json
import threading
from datetime import timedelta

import jwt
import pytest
from django.conf import settings
from django.db import connection
from ninja_jwt.tokens import AccessToken, RefreshToken

from modules.accounts.models import User
from tests.modules.accounts.endpoints.auth_helpers import AUTH, post
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

REFRESH = "/api/auth/token/refresh"
LOGOUT = "/api/auth/token/logout"
KEY = settings.NINJA_JWT["SIGNING_KEY"]


def _me(client, token: str):
    return client.get("/api/users/me", headers={"Authorization": f"Bearer {token}"})


def _refresh(client, token: str):
    return post(client, REFRESH, {"refresh_token": token})


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class TestRefresh:
    def test_rotation_gives_a_working_pair_and_spends_the_old_refresh_token(self, client):
        user = UserFactory()
        first = str(RefreshToken.for_user(user))

        rotated = _refresh(client, first)

        assert rotated.status_code == 200, rotated.content
        pair = rotated.json()
        assert pair["refresh_token"] != first
        assert pair["expires_in"] == 15 * 60
        assert _me(client, pair["access_token"]).json()["id"] == user.pk
        assert _refresh(client, pair["refresh_token"]).status_code == 200

    def test_a_reused_rotated_refresh_token_is_refused(self, client):
        first = str(RefreshToken.for_user(UserFactory()))
        assert _refresh(client, first).status_code == 200

        reused = _refresh(client, first)

        assert reused.status_code == 401
        assert reused["Content-Type"].startswith("application/problem+json")
        assert reused.json()["code"] == "token_not_valid"

    def test_logout_revokes_the_refresh_token(self, client):
        token = str(RefreshToken.for_user(UserFactory()))

        logged_out = post(client, LOGOUT, {"refresh_token": token})

        assert logged_out.status_code == 204
        assert _refresh(client, token).status_code == 401
        assert post(client, LOGOUT, {"refresh_token": token}).status_code == 401

    def test_deactivated_user_cannot_refresh(self, client):
        user = UserFactory()
        token = str(RefreshToken.for_user(user))
        User.objects.filter(pk=user.pk).update(is_active=False)

        assert _refresh(client, token).status_code == 401

    def test_an_access_token_is_not_a_refresh_token(self, client):
        access = str(RefreshToken.for_user(UserFactory()).access_token)

        assert _refresh(client, access).status_code == 401
        assert post(client, LOGOUT, {"refresh_token": access}).status_code == 401

    def test_expired_refresh_token_is_refused(self, client):
        token = RefreshToken.for_user(UserFactory())
        token.set_exp(lifetime=-timedelta(seconds=1))

        assert _refresh(client, str(token)).status_code == 401

    @pytest.mark.parametrize(
        "body", [{}, {"refresh_token": ""}, {"refresh_token": "x", "user_id": 1}, {"refresh_token": 7}]
    )
    def test_bad_input_is_a_422_problem(self, client, body):
        response = post(client, REFRESH, body)
        assert response.status_code == 422
        assert set(response.json()) >= {"type", "title", "status", "detail", "code", "errors"}

    def test_garbage_token_is_a_401_problem(self, client):
        response = _refresh(client, "not.a.jwt")
        assert response.status_code == 401
        assert response.json()["code"] == "token_not_valid"

    def test_allauth_refresh_endpoint_is_not_served_there_is_one_refresh_endpoint(self, client):
        first = str(RefreshToken.for_user(UserFactory()))

        elsewhere = post(client, f"{AUTH}/tokens/refresh", {"refresh_token": first})

        assert elsewhere.status_code == 404
        assert "/api/auth/token/refresh" in elsewhere.json()["detail"]
        assert _refresh(client, first).status_code == 200  # the token was not spent there


class TestAccessTokenIsRefused:
    """Each of these reaches /api/users/me with a token that must not authenticate anyone."""

    def test_alg_none(self, client):
        user = UserFactory()
        claims = dict(AccessToken.for_user(user).payload)
        token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
        assert _me(client, token).status_code == 401

    def test_tampered_payload(self, client):
        victim, attacker = UserFactory(), UserFactory()
        header, _, signature = str(AccessToken.for_user(attacker)).split(".")
        claims = dict(AccessToken.for_user(attacker).payload, user_id=victim.pk)
        assert _me(client, f"{header}.{_b64(claims)}.{signature}").status_code == 401

    def test_wrong_signing_key(self, client):
        claims = dict(AccessToken.for_user(UserFactory()).payload)
        token = jwt.encode(claims, "another-key-that-is-long-enough-0123456789", algorithm="HS256")
        assert _me(client, token).status_code == 401

    def test_expired(self, client):
        token = AccessToken.for_user(UserFactory())
        token.set_exp(lifetime=-timedelta(seconds=1))
        assert _me(client, str(token)).status_code == 401

    def test_refresh_token_used_as_access(self, client):
        assert _me(client, str(RefreshToken.for_user(UserFactory()))).status_code == 401

    def test_deactivated_user(self, client):
        user = UserFactory()
        token = str(AccessToken.for_user(user))
        User.objects.filter(pk=user.pk).update(is_active=False)
        assert _me(client, token).status_code == 401

    def test_deleted_user(self, client):
        user = UserFactory()
        token = str(AccessToken.for_user(user))
        User.objects.filter(pk=user.pk).delete()
        assert _me(client, token).status_code == 401

    def test_every_refusal_is_a_problem(self, client):
        response = _me(client, "abc.def.ghi")
        assert response.status_code == 401
        assert response["Content-Type"].startswith("application/problem+json")


@pytest.mark.postgres
@pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL: real parallel transactions")
@pytest.mark.django_db(transaction=True)
def test_parallel_refreshes_of_one_token_yield_exactly_one_new_pair():
    from django.test import Client

    token = str(RefreshToken.for_user(UserFactory()))
    statuses: list[int] = []
    barrier = threading.Barrier(4)

    def attempt():
        try:
            barrier.wait()
            statuses.append(_refresh(Client(), token).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [200, 401, 401, 401]
