"""Login, sign-up and password reset are rate limited per client IP, in the shared cache.

The client IP is REMOTE_ADDR: an X-Forwarded-For header a client makes up does not give it a
fresh count. Only with ALLAUTH_TRUSTED_PROXY_COUNT set is the proxy-appended entry used.
"""

from __future__ import annotations

import pytest

from modules.accounts.models import User
from tests.modules.accounts.endpoints.auth_helpers import AUTH, PASSWORD, post

pytestmark = pytest.mark.django_db

LIMIT = 3


@pytest.fixture(autouse=True)
def _small_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        "login": f"{LIMIT}/m/ip",
        "login_failed": "",
        "signup": f"{LIMIT}/m/ip",
        "reset_password": f"{LIMIT}/m/ip",
    }


def _login(client, n: int, **extra):
    return post(client, f"{AUTH}/auth/login", {"email": f"who{n}@example.com", "password": PASSWORD}, **extra)


def _signup(client, n: int, **extra):
    return post(client, f"{AUTH}/auth/signup", {"email": f"new{n}@example.com", "password": PASSWORD}, **extra)


def _reset(client, n: int, **extra):
    return post(client, f"{AUTH}/auth/password/request", {"email": f"who{n}@example.com"}, **extra)


def _assert_rate_limited(response):
    assert response.status_code == 429, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["code"] == "rate_limited"
    assert set(body) >= {"type", "title", "status", "detail", "code", "errors"}


@pytest.mark.parametrize("attempt", [_login, _signup, _reset], ids=["login", "signup", "password_reset"])
def test_the_attempt_after_the_limit_is_a_429_problem(client, attempt):
    for n in range(LIMIT):
        assert attempt(client, n).status_code != 429

    _assert_rate_limited(attempt(client, LIMIT))


@pytest.mark.parametrize("attempt", [_login, _signup, _reset], ids=["login", "signup", "password_reset"])
def test_a_spoofed_forwarded_for_does_not_reset_the_count(client, attempt):
    for n in range(LIMIT):
        attempt(client, n, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")

    _assert_rate_limited(attempt(client, LIMIT, HTTP_X_FORWARDED_FOR="198.51.100.77"))


def test_the_count_is_per_client_address(client):
    for n in range(LIMIT + 1):
        _login(client, n, REMOTE_ADDR="192.0.2.1")

    assert _login(client, 99, REMOTE_ADDR="192.0.2.2").status_code != 429


def test_rate_limited_signups_create_no_account(client):
    for n in range(LIMIT + 2):
        _signup(client, n)

    assert User.objects.count() == LIMIT


def test_behind_a_trusted_proxy_the_address_it_appended_is_the_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(LIMIT):
        _login(client, n, HTTP_X_FORWARDED_FOR="evil-made-up, 192.0.2.10")
    # What the client prepends does not matter; the proxy-appended (last) entry does.
    _assert_rate_limited(_login(client, LIMIT, HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.10"))
    assert _login(client, 98, HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.11").status_code != 429
