"""Consents and sign-up source: recorded at sign-up (allauth headless extras), read and changed
through /api/users/me/consents, each change a new timestamped row."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.accounts.models import Consent, SignupSource, User
from modules.accounts.services.consents import consents_of
from tests.modules.accounts.endpoints.auth_helpers import AUTH, PASSWORD, post
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


def test_signup_keeps_utm_referrer_and_the_versions_accepted(client, settings):
    settings.TERMS_VERSION, settings.PRIVACY_VERSION = "t-7", "p-3"
    body = {
        "email": "ann@example.com",
        "password": PASSWORD,
        "utm_source": "Newsletter",
        "utm_medium": "email",
        "utm_campaign": "spring",
        "referrer": "https://www.example.org/blog",
        "marketing_opt_in": True,
    }
    assert post(client, f"{AUTH}/auth/signup", body).status_code == 401  # pending email verification
    user = User.objects.get(email="ann@example.com")
    source = SignupSource.objects.get(user=user)
    assert (source.source, source.utm_medium, source.utm_campaign, source.referrer) == (
        "newsletter",
        "email",
        "spring",
        "https://www.example.org/blog",
    )
    current = consents_of(user.pk)
    assert (current.terms.version, current.privacy.version) == ("t-7", "p-3")
    assert current.marketing.granted is True
    assert current.do_not_sell is None


def test_signup_without_extras_is_direct_and_marketing_off(client):
    assert post(client, f"{AUTH}/auth/signup", {"email": "bo@example.com", "password": PASSWORD}).status_code == 401
    user = User.objects.get(email="bo@example.com")
    assert SignupSource.objects.get(user=user).source == "direct"
    assert consents_of(user.pk).marketing.granted is False


def test_referrer_host_is_the_source_without_utm(client):
    body = {"email": "cy@example.com", "password": PASSWORD, "referrer": "https://www.Partner.example/x?y=1"}
    post(client, f"{AUTH}/auth/signup", body)
    assert SignupSource.objects.get(user__email="cy@example.com").source == "partner.example"


def test_oversized_extras_are_refused_and_nothing_is_created(client):
    body = {"email": "dee@example.com", "password": PASSWORD, "utm_source": "x" * 101}
    assert post(client, f"{AUTH}/auth/signup", body).status_code == 422
    assert not User.objects.filter(email="dee@example.com").exists()


def _patch(client, who, body):
    return client.patch(
        "/api/users/me/consents", data=json.dumps(body), content_type="application/json", headers=bearer(who)
    )


def test_marketing_and_do_not_sell_changes_are_timestamped_rows(client, clock):
    me = UserFactory()
    empty = client.get("/api/users/me/consents", headers=bearer(me)).json()
    assert empty == {"terms": None, "privacy": None, "marketing": None, "do_not_sell": None, "history": []}
    body = _patch(client, me, {"marketing": True, "do_not_sell": True}).json()
    assert (body["marketing"]["granted"], body["do_not_sell"]["granted"]) == (True, True)
    assert body["marketing"]["at"].startswith(clock.now().date().isoformat())
    # The same choice again records nothing; a withdrawal does.
    _patch(client, me, {"marketing": True})
    clock.advance(timedelta(hours=1))
    after = _patch(client, me, {"marketing": False}).json()
    assert after["marketing"]["granted"] is False
    assert Consent.objects.filter(user=me, kind="marketing").count() == 2
    assert [h["kind"] for h in after["history"]].count("do_not_sell") == 1


def test_consents_are_the_callers_own_and_strictly_typed(client):
    me, other = UserFactory(), UserFactory()
    _patch(client, other, {"do_not_sell": True})
    assert client.get("/api/users/me/consents", headers=bearer(me)).json()["do_not_sell"] is None
    assert _patch(client, me, {"marketing": "yes"}).status_code == 422
    assert _patch(client, me, {"terms": True}).status_code == 422  # not changeable here
    assert client.get("/api/users/me/consents").status_code == 401
    assert not Consent.objects.filter(user=me).exists()


def test_sign_up_consents_are_recorded_once_per_account():
    from django.utils import timezone

    from modules.accounts.services.consents import signup_record

    user = UserFactory()
    for _ in range(2):
        signup_record(user_id=user.pk, marketing=False, utm={}, referrer="", now=timezone.now())
    assert Consent.objects.filter(user=user).count() == 3  # terms, privacy, marketing


def test_marketing_consent_drives_the_marketing_notification_channels(client):
    """The consent is the legal basis for marketing: granting it turns marketing on in every
    channel, withdrawing it turns every channel off (notifications follows accounts' event)."""
    me = UserFactory()

    def marketing_channels():
        body = client.get("/api/notifications/preferences", headers=bearer(me)).json()
        return next((k["push"], k["email"], k["in_app"]) for k in body["kinds"] if k["kind"] == "marketing")

    assert marketing_channels() == (False, False, False)
    _patch(client, me, {"marketing": True})
    assert marketing_channels() == (True, True, True)
    _patch(client, me, {"do_not_sell": True})  # another choice leaves marketing as it is
    assert marketing_channels() == (True, True, True)
    _patch(client, me, {"marketing": False})
    assert marketing_channels() == (False, False, False)


def test_opting_in_at_signup_turns_marketing_on(client):
    body = {"email": "optin@example.com", "password": PASSWORD, "marketing_opt_in": True}
    assert post(client, f"{AUTH}/auth/signup", body).status_code == 401
    user = User.objects.get(email="optin@example.com")
    preferences = client.get("/api/notifications/preferences", headers=bearer(user)).json()
    assert next(k for k in preferences["kinds"] if k["kind"] == "marketing")["email"] is True
