"""Social login: Google by id_token (apps), X by redirect; no takeover of existing accounts."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest
import responses
from allauth.socialaccount.models import SocialAccount
from cryptography.hazmat.primitives.asymmetric import rsa

from modules.accounts.models import Profile, User
from tests.modules.accounts.endpoints.auth_helpers import AUTH, last_code, post
from tests.modules.accounts.endpoints.social_stubs import (
    GOOGLE_CLIENT_ID,
    X_AUTHORIZE_URL,
    X_PROFILE_URL,
    X_TOKEN_URL,
    FakeGoogle,
    providers_settings,
)
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _providers(settings):
    settings.SOCIALACCOUNT_PROVIDERS = providers_settings()


@pytest.fixture(scope="module")
def google():
    return FakeGoogle()


@pytest.fixture
def google_certs(google):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        google.stub_certs(rsps)
        yield rsps


def _google_login(client, id_token: str):
    token = {"client_id": GOOGLE_CLIENT_ID, "id_token": id_token}
    return post(client, f"{AUTH}/auth/provider/token", {"provider": "google", "process": "login", "token": token})


def _me(client, access_token):
    return client.get("/api/users/me", headers={"Authorization": f"Bearer {access_token}"})


class TestGoogleToken:
    def test_verified_google_email_signs_up_and_returns_tokens(self, client, google, google_certs):
        response = _google_login(client, google.id_token(sub="g-1", email="gina@example.com", email_verified=True))

        assert response.status_code == 200, response.content
        me = _me(client, response.json()["meta"]["access_token"])
        assert me.json()["email"] == "gina@example.com"
        user = User.objects.get(email="gina@example.com")
        assert SocialAccount.objects.get(provider="google", uid="g-1").user == user
        assert Profile.objects.get(user=user).display_name == "Goo Gler"

    def test_a_provider_name_with_nothing_visible_falls_back_to_the_email(self, client, google, google_certs):
        token = google.id_token(sub="g-9", email="ivy@example.com", email_verified=True, name=" \u200b\u3164 ")

        response = _google_login(client, token)

        assert response.status_code == 200, response.content
        assert Profile.objects.get(user__email="ivy@example.com").display_name == "ivy"

    def test_the_providers_address_is_stored_in_its_normal_form(self, client, google, google_certs):
        # Auto sign-up goes through the account adapter's clean_email, like a sign-up form.
        token = google.id_token(sub="g-10", email="Nora@ＥＸＡＭＰＬＥ.com", email_verified=True)
        assert _google_login(client, token).status_code == 200
        user = User.objects.get()
        assert user.email == "nora@example.com"
        assert list(user.emailaddress_set.values_list("email", flat=True)) == ["nora@example.com"]

    def test_the_same_google_account_logs_in_again(self, client, google, google_certs):
        _google_login(client, google.id_token(sub="g-2", email="hank@example.com", email_verified=True))

        again = _google_login(client, google.id_token(sub="g-2", email="hank@example.com", email_verified=True))

        assert again.status_code == 200, again.content
        assert User.objects.filter(email="hank@example.com").count() == 1

    def test_unverified_google_email_must_be_verified_before_tokens(self, client, google, google_certs):
        response = _google_login(client, google.id_token(sub="g-3", email="ivy@example.com", email_verified=False))

        assert response.status_code == 401, response.content
        assert "access_token" not in response.json()["meta"]
        assert response.json()["code"] == "auth_pending"

    def test_token_signed_by_someone_else_is_refused(self, client, google, google_certs):
        forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        forged = google.id_token(sub="g-4", email="jay@example.com", email_verified=True, key=forger)

        response = _google_login(client, forged)

        assert response.status_code == 400
        assert not User.objects.filter(email="jay@example.com").exists()

    def test_token_for_another_app_is_refused(self, client, google, google_certs):
        other = google.id_token(sub="g-5", email="kay@example.com", email_verified=True, aud="someone-else")

        assert _google_login(client, other).status_code == 400
        assert not User.objects.filter(email="kay@example.com").exists()


class TestNoAccountTakeover:
    """A provider asserting someone's email must not log into that person's existing account."""

    @pytest.mark.parametrize("email_verified", [False, True])
    def test_social_login_with_an_existing_accounts_email_does_not_log_into_it(
        self, client, google, google_certs, email_verified
    ):
        owner = UserFactory(email="owner@example.com")
        owner.emailaddress_set.create(email=owner.email, primary=True, verified=True)

        response = _google_login(
            client, google.id_token(sub="attacker", email="owner@example.com", email_verified=email_verified)
        )

        assert response.status_code != 200
        assert "access_token" not in (response.json().get("meta") or {})
        assert not SocialAccount.objects.filter(user=owner).exists()
        assert User.objects.filter(email__iexact="owner@example.com").count() == 1


class TestXRedirect:
    """X has no token login: the browser client runs the redirect (the callback lands in a browser)."""

    BROWSER = "/api/auth/browser/v1"

    def _start(self, client):
        client.get(f"{self.BROWSER}/config")  # sets the CSRF cookie, as the web frontend would
        return client.post(
            f"{self.BROWSER}/auth/provider/redirect",
            {
                "provider": "twitter_oauth2",
                "process": "login",
                "callback_url": "https://app.humanlink.local/account/provider/callback",
                "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            },
        )

    def test_redirect_endpoint_sends_the_browser_to_x(self, client):
        response = self._start(client)

        assert response.status_code == 302, response.content
        location = urlparse(response["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == X_AUTHORIZE_URL
        query = parse_qs(location.query)
        assert query["client_id"] == ["test-x-client"]
        assert query["code_challenge_method"] == ["S256"]
        assert query["redirect_uri"] == ["http://testserver/accounts/twitter_oauth2/login/callback/"]
        assert query["state"]

    def test_redirect_to_a_foreign_callback_url_is_refused(self, client):
        client.get(f"{self.BROWSER}/config")
        response = client.post(
            f"{self.BROWSER}/auth/provider/redirect",
            {
                "provider": "twitter_oauth2",
                "process": "login",
                "callback_url": "https://evil.example.net/steal",
                "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            },
        )
        assert "evil.example.net" not in response.get("Location", "")

    def test_completed_callback_creates_a_user(self, client):
        started = self._start(client)
        state = parse_qs(urlparse(started["Location"]).query)["state"][0]
        with responses.RequestsMock() as rsps:
            rsps.post(X_TOKEN_URL, json={"access_token": "x-at", "token_type": "bearer", "expires_in": 7200})
            rsps.get(X_PROFILE_URL, json={"data": {"id": "x-42", "name": "Xavier", "username": "xav"}})
            callback = client.get("/accounts/twitter_oauth2/login/callback/", {"code": "x-code", "state": state})

        assert callback.status_code == 302
        assert callback["Location"] == "https://app.humanlink.local/account/provider/callback"
        # X shares no email address: the person gives one to finish signing up, then verifies it.
        signup = client.post(
            f"{self.BROWSER}/auth/provider/signup",
            data=json.dumps({"email": "xavier@example.com"}),
            content_type="application/json",
            headers={"X-CSRFToken": client.cookies["csrftoken"].value},
        )

        assert signup.status_code == 401, signup.content
        assert {"id": "verify_email", "is_pending": True} in signup.json()["data"]["flows"]
        account = SocialAccount.objects.get(provider="twitter_oauth2", uid="x-42")
        assert account.user.email == "xavier@example.com"
        assert Profile.objects.get(user=account.user).display_name == "Xavier"

    def test_callback_with_a_forged_state_creates_nobody(self, client):
        self._start(client)
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            rsps.post(X_TOKEN_URL, json={"access_token": "x-at", "token_type": "bearer"})
            rsps.get(X_PROFILE_URL, json={"data": {"id": "x-43", "name": "Mallory", "username": "mal"}})
            callback = client.get("/accounts/twitter_oauth2/login/callback/", {"code": "x-code", "state": "forged"})

        assert "error=" in callback["Location"]
        assert not SocialAccount.objects.filter(uid="x-43").exists()

    def test_a_finished_browser_login_exchanges_its_session_for_tokens(self, client):
        client.handler.enforce_csrf_checks = True  # as a real browser request would be checked
        started = self._start(client)
        state = parse_qs(urlparse(started["Location"]).query)["state"][0]
        with responses.RequestsMock() as rsps:
            rsps.post(X_TOKEN_URL, json={"access_token": "x-at", "token_type": "bearer", "expires_in": 7200})
            rsps.get(X_PROFILE_URL, json={"data": {"id": "x-44", "name": "Yara", "username": "yara"}})
            client.get("/accounts/twitter_oauth2/login/callback/", {"code": "x-code", "state": state})
        csrf = {"X-CSRFToken": client.cookies["csrftoken"].value}
        client.post(
            f"{self.BROWSER}/auth/provider/signup",
            data=json.dumps({"email": "yara@example.com"}),
            content_type="application/json",
            headers=csrf,
        )
        assert client.post("/api/auth/token/session", headers=csrf).status_code == 401  # not verified yet
        verified = client.post(
            f"{self.BROWSER}/auth/email/verify",
            data=json.dumps({"key": last_code()}),
            content_type="application/json",
            headers=csrf,
        )
        assert verified.status_code == 200, verified.content

        without_csrf = client.post("/api/auth/token/session")
        # Logging in rotates the CSRF token: use the current one.
        pair = client.post("/api/auth/token/session", headers={"X-CSRFToken": client.cookies["csrftoken"].value})

        assert without_csrf.status_code in (401, 403)
        assert pair.status_code == 200, pair.content
        assert _me(client, pair.json()["access_token"]).json()["email"] == "yara@example.com"
