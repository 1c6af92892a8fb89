"""Sign-in emails speak for HumanLink: the product's name, the code, how long it works.

Not allauth's defaults ("Hello from 127.0.0.1!", "enter it in your open browser window").
"""

from __future__ import annotations

import pytest
from allauth.account import app_settings as account_settings
from django.core import mail
from django.core.cache import cache

from tests.modules.accounts.endpoints.auth_helpers import AUTH, PASSWORD, last_code, post, signup, signup_and_verify

pytestmark = pytest.mark.django_db

NOT_PRODUCT_SPEAK = ("browser window", "Hello from", "127.0.0.1", "testserver", "example.com/", "localhost")


def _assert_speaks_for_the_product(message, *, minutes: int | None):
    assert message.subject.startswith("HumanLink: "), message.subject
    body = message.body
    assert "HumanLink" in body
    assert "https://app.humanlink.local" in body
    for phrase in NOT_PRODUCT_SPEAK:
        assert phrase not in body, (phrase, body)
    if minutes is not None:
        assert f"valid for {minutes} minutes" in body, body
        assert last_code() in body


def test_verification_email_names_the_product_the_code_and_its_lifetime(client):
    post(client, f"{AUTH}/auth/signup", {"email": "ann@example.com", "password": PASSWORD}, HTTP_HOST="127.0.0.1")

    message = mail.outbox[-1]

    assert message.to == ["ann@example.com"]
    assert message.subject == "HumanLink: Your email verification code"
    _assert_speaks_for_the_product(message, minutes=account_settings.EMAIL_VERIFICATION_BY_CODE_TIMEOUT // 60)


def test_password_reset_email_names_the_product_the_code_and_its_lifetime(client):
    signup_and_verify(client, "bob@example.com")

    post(client, f"{AUTH}/auth/password/request", {"email": "bob@example.com"}, HTTP_HOST="127.0.0.1")

    message = mail.outbox[-1]
    assert message.subject == "HumanLink: Your password reset code"
    _assert_speaks_for_the_product(message, minutes=account_settings.PASSWORD_RESET_BY_CODE_TIMEOUT // 60)


def test_reset_for_an_unknown_address_still_speaks_for_the_product(client, settings):
    settings.ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True

    post(client, f"{AUTH}/auth/password/request", {"email": "nobody@example.com"}, HTTP_HOST="127.0.0.1")

    _assert_speaks_for_the_product(mail.outbox[-1], minutes=None)


def test_signing_up_again_with_a_taken_address_speaks_for_the_product(client):
    signup_and_verify(client, "cat@example.com")
    sent = len(mail.outbox)
    cache.clear()  # allauth sends at most one code per address per 10 s

    signup(client, "cat@example.com")  # enumeration-safe: answered like a new sign-up

    assert len(mail.outbox) == sent + 1
    _assert_speaks_for_the_product(mail.outbox[-1], minutes=None)
