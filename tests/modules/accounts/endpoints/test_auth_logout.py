"""One logout ends the whole sign-in: the allauth session and every JWT refresh token of it.

Whichever logout the client calls (allauth's `DELETE …/auth/session` or
`POST /api/auth/token/logout`), the refresh token no longer refreshes and the session token
(or browser session) no longer works. Other sign-ins of the same user are untouched.
"""

from __future__ import annotations

import pytest

from tests.modules.accounts.endpoints.auth_helpers import AUTH, login, post, signup_and_verify

pytestmark = pytest.mark.django_db

BROWSER = "/api/auth/browser/v1"
REFRESH = "/api/auth/token/refresh"
LOGOUT = "/api/auth/token/logout"


def _refresh(client, token):
    return post(client, REFRESH, {"refresh_token": token})


def _session(client, session_token):
    return client.get(f"{AUTH}/auth/session", headers={"X-Session-Token": session_token})


def _signed_in_twice(client, email):
    """Two devices of one user, each with its own sign-in (session token + token pair)."""
    signup_and_verify(client, email)
    first, second = login(client, email).json()["meta"], login(client, email).json()["meta"]
    return first, second


def test_login_answers_the_pair_with_its_lifetime(client):
    signup_and_verify(client, "ann@example.com")

    meta = login(client, "ann@example.com").json()["meta"]

    assert {"session_token", "access_token", "refresh_token", "expires_in"} <= set(meta)
    assert meta["expires_in"] == 15 * 60


def test_allauth_logout_revokes_the_refresh_tokens_of_that_sign_in(client):
    device, other_device = _signed_in_twice(client, "bob@example.com")
    rotated = _refresh(client, device["refresh_token"]).json()

    logged_out = client.delete(f"{AUTH}/auth/session", headers={"X-Session-Token": device["session_token"]})

    assert logged_out.status_code == 401  # allauth: "not authenticated any more"
    refused = _refresh(client, rotated["refresh_token"])
    assert refused.status_code == 401
    assert refused.json()["code"] == "token_not_valid"
    assert _refresh(client, other_device["refresh_token"]).status_code == 200
    assert _session(client, other_device["session_token"]).status_code == 200


def test_token_logout_ends_the_allauth_session_of_that_sign_in(client):
    device, other_device = _signed_in_twice(client, "cat@example.com")
    rotated = _refresh(client, device["refresh_token"]).json()
    assert _session(client, device["session_token"]).status_code == 200

    assert post(client, LOGOUT, {"refresh_token": rotated["refresh_token"]}).status_code == 204

    assert _session(client, device["session_token"]).status_code == 410  # allauth: session gone
    assert _refresh(client, rotated["refresh_token"]).status_code == 401
    assert _session(client, other_device["session_token"]).status_code == 200
    assert _refresh(client, other_device["refresh_token"]).status_code == 200


def test_an_earlier_spent_token_cannot_log_out_someone_who_rotated_since(client):
    device, _ = _signed_in_twice(client, "dan@example.com")
    assert _refresh(client, device["refresh_token"]).status_code == 200

    # A spent token proves nothing any more: refused, nothing else revoked by it.
    assert post(client, LOGOUT, {"refresh_token": device["refresh_token"]}).status_code == 401


class TestBrowser:
    def _browser_login(self, client, email):
        signup_and_verify(client, email)
        client.handler.enforce_csrf_checks = True
        client.get(f"{BROWSER}/config")  # sets the CSRF cookie, as a browser's first call does
        response = client.post(
            f"{BROWSER}/auth/login",
            data={"email": email, "password": "correct-horse-battery-9"},
            content_type="application/json",
            headers=self._csrf(client),
        )
        assert response.status_code == 200, response.content

    def _csrf(self, client):
        return {"X-CSRFToken": client.cookies["csrftoken"].value}

    def test_anonymous_session_exchange_is_401_not_a_csrf_403(self, client):
        client.handler.enforce_csrf_checks = True

        response = client.post("/api/auth/token/session")

        assert response.status_code == 401
        assert response.json()["code"] == "not_authenticated"

    def test_a_signed_in_session_still_needs_the_csrf_token(self, client):
        self._browser_login(client, "eve@example.com")

        assert client.post("/api/auth/token/session").status_code == 403
        assert client.post("/api/auth/token/session", headers=self._csrf(client)).status_code == 200

    def test_browser_logout_revokes_the_tokens_the_session_bought(self, client):
        self._browser_login(client, "fay@example.com")
        pair = client.post("/api/auth/token/session", headers=self._csrf(client)).json()

        assert client.delete(f"{BROWSER}/auth/session", headers=self._csrf(client)).status_code == 401

        assert _refresh(client, pair["refresh_token"]).status_code == 401

    def test_token_logout_from_the_browser_ends_its_session(self, client):
        self._browser_login(client, "gus@example.com")
        pair = client.post("/api/auth/token/session", headers=self._csrf(client)).json()

        assert post(client, LOGOUT, {"refresh_token": pair["refresh_token"]}).status_code == 204

        assert client.get(f"{BROWSER}/auth/session").status_code == 401
        assert client.post("/api/auth/token/session", headers=self._csrf(client)).status_code == 401
