"""Sign-up, email verification, login, password reset and change over allauth's headless API."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.cache import cache

from modules.accounts.models import Profile, User
from tests.modules.accounts.endpoints.auth_helpers import (
    AUTH,
    PASSWORD,
    last_code,
    login,
    post,
    signup,
    signup_and_verify,
)
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _me(client, access_token):
    return client.get("/api/users/me", headers={"Authorization": f"Bearer {access_token}"})


def test_signup_verify_by_emailed_code_then_tokens_open_me(client):
    meta = signup_and_verify(client, "Ann@Example.com")

    assert {"access_token", "refresh_token", "session_token"} <= set(meta)
    me = _me(client, meta["access_token"])
    assert me.status_code == 200, me.content
    assert me.json()["email"] == "ann@example.com"
    user = User.objects.get(email="ann@example.com")
    assert user.emailaddress_set.get().verified
    assert Profile.objects.filter(user=user).exists()


def test_signup_creates_a_profile_so_me_is_one_query(client, django_assert_num_queries):
    meta = signup_and_verify(client, "bob@example.com")
    headers = {"Authorization": f"Bearer {meta['access_token']}"}
    with django_assert_num_queries(1):
        assert client.get("/api/users/me", headers=headers).status_code == 200


def test_signup_pending_verification_is_a_problem_that_keeps_the_flow_state(client):
    response = signup(client, "cat@example.com")

    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == "auth_pending"
    assert {"id": "verify_email", "is_pending": True} in body["data"]["flows"]
    assert body["meta"]["session_token"]
    assert "access_token" not in body["meta"]
    assert len(mail.outbox) == 1


def test_unverified_user_gets_no_tokens_on_login(client):
    signup(client, "dan@example.com")
    too_soon = login(client, "dan@example.com")
    cache.clear()  # allauth refuses a login that would resend the code within 10 s

    response = login(client, "dan@example.com")

    assert too_soon.status_code == 429  # a rate limit: one code per 10 s
    assert too_soon["Retry-After"] == "10"
    assert "access_token" not in too_soon.json().get("meta", {})
    assert response.status_code == 401
    assert "access_token" not in response.json()["meta"]
    assert response.json()["code"] == "auth_pending"
    assert len(mail.outbox) == 2  # a fresh code to finish verification


def test_wrong_verification_code_gives_no_tokens(client):
    pending = signup(client, "eve@example.com")
    session_token = pending.json()["meta"]["session_token"]

    response = post(client, f"{AUTH}/auth/email/verify", {"key": "AAAA-AAAA"}, session_token=session_token)

    assert 400 <= response.status_code < 500
    assert "access_token" not in response.json().get("meta", {})
    assert not User.objects.get(email="eve@example.com").emailaddress_set.get().verified


def test_login_with_verified_email_returns_a_token_pair(client):
    signup_and_verify(client, "fay@example.com")

    response = login(client, "fay@example.com")

    assert response.status_code == 200, response.content
    assert _me(client, response.json()["meta"]["access_token"]).status_code == 200


def test_login_with_wrong_password_is_a_4xx_problem_without_tokens(client):
    signup_and_verify(client, "gus@example.com")

    response = login(client, "gus@example.com", "not-the-password-1")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "email_password_mismatch"
    assert set(body) >= {"type", "title", "status", "detail", "code", "errors"}
    assert "meta" not in body or "access_token" not in body["meta"]


def test_signup_with_bad_input_is_a_problem_and_creates_nothing(client):
    response = signup(client, "not-an-email", "short")

    assert response.status_code == 400
    body = response.json()
    assert {tuple(e["loc"]) for e in body["errors"]} >= {("body", "email"), ("body", "password")}
    assert not User.objects.exists()


def test_password_reset_by_code_sets_a_new_password_and_revokes_refresh_tokens(client):
    meta = signup_and_verify(client, "hal@example.com")
    old_refresh = meta["refresh_token"]

    requested = post(client, f"{AUTH}/auth/password/request", {"email": "hal@example.com"})
    assert requested.status_code == 401, requested.content  # a code was mailed; the flow is pending
    session_token = requested.json()["meta"]["session_token"]
    code = last_code()
    reset = post(
        client,
        f"{AUTH}/auth/password/reset",
        {"key": code, "password": "a-brand-new-secret-42"},
        session_token=session_token,
    )

    assert reset.status_code in (200, 401), reset.content
    assert login(client, "hal@example.com").status_code == 400
    assert login(client, "hal@example.com", "a-brand-new-secret-42").status_code == 200
    refreshed = post(client, "/api/auth/token/refresh", {"refresh_token": old_refresh})
    assert refreshed.status_code == 401


def test_password_reset_with_a_wrong_code_changes_nothing(client):
    signup_and_verify(client, "ida@example.com")
    requested = post(client, f"{AUTH}/auth/password/request", {"email": "ida@example.com"})
    session_token = requested.json()["meta"]["session_token"]

    reset = post(
        client,
        f"{AUTH}/auth/password/reset",
        {"key": "ZZZZ-ZZZZ", "password": "a-brand-new-secret-42"},
        session_token=session_token,
    )

    assert 400 <= reset.status_code < 500
    assert login(client, "ida@example.com").status_code == 200


def test_password_change_needs_the_current_password(client):
    meta = signup_and_verify(client, "jon@example.com")
    session_token = login(client, "jon@example.com").json()["meta"]["session_token"]

    wrong = post(
        client,
        f"{AUTH}/account/password/change",
        {"current_password": "not-it-at-all-1", "new_password": "another-long-secret-7"},
        session_token=session_token,
    )
    assert wrong.status_code == 400
    changed = post(
        client,
        f"{AUTH}/account/password/change",
        {"current_password": PASSWORD, "new_password": "another-long-secret-7"},
        session_token=session_token,
    )

    assert changed.status_code == 200, changed.content
    assert login(client, "jon@example.com").status_code == 400
    assert login(client, "jon@example.com", "another-long-secret-7").status_code == 200
    # Other devices are signed out: their refresh tokens no longer work.
    assert post(client, "/api/auth/token/refresh", {"refresh_token": meta["refresh_token"]}).status_code == 401


def test_existing_user_created_by_factory_can_log_in_once_email_is_verified(client):
    user = UserFactory(email="kim@example.com")
    user.emailaddress_set.create(email=user.email, primary=True, verified=True)

    response = login(client, "kim@example.com", "correct-horse-battery")

    assert response.status_code == 200, response.content
