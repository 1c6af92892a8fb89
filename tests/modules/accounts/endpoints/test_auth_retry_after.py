"""Every rate limit answers 429 with Retry-After; the failed-login lock-out is one of them.

Found by hand-made requests: allauth's limits answered 429 without Retry-After, and its
lock-out after repeated wrong passwords answered 400 (`too_many_login_attempts`), which a
client cannot tell from a wrong password.
"""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from core.errors import RateLimited
from entrypoints.http.errors import _domain_error
from entrypoints.http.rate_limits import allauth_retry_after, window_seconds
from tests.modules.accounts.endpoints.auth_helpers import AUTH, PASSWORD, post
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

LIMIT = 3


@pytest.fixture(autouse=True)
def _small_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        "login": f"{LIMIT}/m/ip",
        "login_failed": "2/5m/key",
        "signup": f"{LIMIT}/2m/ip",
        "reset_password": f"{LIMIT}/m/ip,1/h/key",
    }


def _login(client, n: int, password: str = PASSWORD):
    return post(client, f"{AUTH}/auth/login", {"email": f"who{n}@example.com", "password": password})


def _signup(client, n: int):
    return post(client, f"{AUTH}/auth/signup", {"email": f"new{n}@example.com", "password": PASSWORD})


def _reset(client, n: int):
    return post(client, f"{AUTH}/auth/password/request", {"email": f"who{n}@example.com"})


@pytest.mark.parametrize(
    ("attempt", "retry_after"), [(_login, 60), (_signup, 120), (_reset, 3600)], ids=["login", "signup", "reset"]
)
def test_a_rate_limited_auth_call_says_when_to_retry(client, attempt, retry_after):
    for n in range(LIMIT):
        assert attempt(client, n).status_code != 429

    response = attempt(client, LIMIT)

    assert response.status_code == 429, response.content
    assert response["Retry-After"] == str(retry_after)
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == 429
    assert response.json()["code"] == "rate_limited"


def test_the_failed_login_lock_out_is_429_with_retry_after(client, settings):
    settings.ACCOUNT_RATE_LIMITS = settings.ACCOUNT_RATE_LIMITS | {"login": "30/m/ip"}
    user = UserFactory(email="locked@example.com")
    user.set_password(PASSWORD)
    user.save()
    body = {"email": "locked@example.com", "password": "wrong-password-123"}
    for _ in range(2):
        wrong = post(client, f"{AUTH}/auth/login", body)
        assert wrong.status_code == 400, wrong.content

    locked = post(client, f"{AUTH}/auth/login", body)
    # Even the right password waits out the lock-out.
    right = post(client, f"{AUTH}/auth/login", {"email": "locked@example.com", "password": PASSWORD})

    for response in (locked, right):
        assert response.status_code == 429, response.content
        assert response["Retry-After"] == "300"
        problem = response.json()
        assert response["Content-Type"].startswith("application/problem+json")
        assert problem["status"] == 429
        assert problem["code"] == "too_many_login_attempts"
        assert "meta" not in problem or not problem["meta"].get("access_token")


def test_a_wrong_password_alone_is_still_400(client):
    response = _login(client, 1, password="wrong-password-123")
    assert response.status_code == 400
    assert "Retry-After" not in response


def test_a_domain_rate_limit_always_carries_retry_after():
    request = RequestFactory().get("/api/anything")
    assert _domain_error(request, RateLimited("slow down", retry_after=7))["Retry-After"] == "7"
    assert _domain_error(request, RateLimited("slow down"))["Retry-After"] == "60"


def test_the_wait_is_the_longest_window_of_the_limit():
    assert window_seconds("10/m/ip,5/5m/key") == 300
    assert window_seconds("1/10s/key") == 10
    assert window_seconds("20/m/ip,3/m/key") == 60
    assert window_seconds("2/1.5h/ip") == 5400
    assert window_seconds("") == 0
    assert allauth_retry_after("login_failed") == 300
    assert allauth_retry_after(None) == 3600  # unknown: the longest of all, which always works
