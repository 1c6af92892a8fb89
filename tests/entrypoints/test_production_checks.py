"""Production refuses to start on fakes or public secrets, and starts on a complete real set-up.

In-process, one case per unsafe setting: each starts from a complete production configuration
(the real adapters pointed at local stand-ins) and changes exactly one thing. tests/deploy runs the
same checks through `manage.py check --deploy`, the WSGI/ASGI modules and a Celery worker.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

import firebase_admin
import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from entrypoints.production_checks import check_production_settings, refuse_unsafe_start
from tests.firebase_credentials import write_firebase_credentials


@pytest.fixture(scope="module")
def firebase_credentials(tmp_path_factory) -> Path:
    return write_firebase_credentials(tmp_path_factory.mktemp("firebase") / "service-account.json")


@pytest.fixture
def production(settings, firebase_credentials, monkeypatch):
    """A complete production configuration: real adapters, aimed at local addresses nobody calls."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "example-secret")
    settings.PRODUCTION = True
    settings.SECRET_KEY = secrets.token_urlsafe(64)
    settings.NINJA_JWT = {**settings.NINJA_JWT, "SIGNING_KEY": secrets.token_hex(16)}  # exactly 32 bytes
    settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND, settings.RTC_BACKEND = "s3", "stripe", "agora"
    settings.PUSH_BACKEND, settings.EMAIL_SENDER_BACKEND = "firebase", "django"
    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"
    settings.STRIPE_SECRET_KEY = "sk_test_" + secrets.token_hex(12)
    settings.STRIPE_WEBHOOK_SECRET = "whsec_" + secrets.token_hex(16)
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    settings.AGORA_APP_ID, settings.AGORA_APP_CERTIFICATE = "a" * 32, "b" * 32
    settings.AGORA_CUSTOMER_ID, settings.AGORA_CUSTOMER_SECRET = "customer", secrets.token_hex(16)
    settings.RECORDING_S3_ACCESS_KEY, settings.RECORDING_S3_SECRET_KEY = "AKIARECORDER", secrets.token_hex(16)
    settings.RECORDINGS_ENABLED = True
    settings.FIREBASE_CREDENTIALS_FILE = str(firebase_credentials)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    yield settings
    with contextlib.suppress(ValueError):
        firebase_admin.delete_app(firebase_admin.get_app("humanlink-push"))


def _ids(messages) -> list[str]:
    return [message.id for message in messages]


def test_a_complete_real_configuration_passes(production):
    assert check_production_settings() == []
    refuse_unsafe_start()  # what gunicorn, uvicorn and celery call: no exception


def test_the_check_is_registered_for_every_command():
    # Not deploy-only: `migrate` and `runserver` run it as well as `check --deploy`.
    registered = checks.registry.registry.get_checks(include_deployment_checks=False)
    assert check_production_settings in registered


def test_development_keeps_its_fakes_and_dev_secrets(settings):
    settings.PRODUCTION = False
    settings.MEDIA_BACKEND = settings.PAYMENTS_BACKEND = settings.PUSH_BACKEND = "fake"
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    settings.STRIPE_WEBHOOK_SECRET = settings.DEVELOPMENT_SECRETS["STRIPE_WEBHOOK_SECRET"]
    assert check_production_settings() == []
    refuse_unsafe_start()


DEV = {
    "secret": "dev-only-insecure-secret-key-do-not-use-in-production-0123456789",
    "jwt": "dev-only-jwt-signing-key-0123456789abcdef0123456789abcdef",
    "webhook": "whsec_dev_only_fake_gateway_secret",
}


@pytest.mark.parametrize(
    ("setting", "value", "code"),
    [
        ("MEDIA_BACKEND", "fake", "humanlink.E001"),
        ("PAYMENTS_BACKEND", "fake", "humanlink.E001"),
        ("RTC_BACKEND", "fake", "humanlink.E001"),
        ("PUSH_BACKEND", "fake", "humanlink.E001"),
        ("EMAIL_SENDER_BACKEND", "fake", "humanlink.E001"),
        # The Stripe adapter refuses to be built without a webhook secret too.
        ("STRIPE_WEBHOOK_SECRET", "", "humanlink.E002 humanlink.E006"),
        ("STRIPE_WEBHOOK_SECRET", DEV["webhook"], "humanlink.E002"),
        ("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend", "humanlink.E003"),
        ("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend", "humanlink.E003"),
        ("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend", "humanlink.E003"),
        ("JWT_SIGNING_KEY", "k" * 31, "humanlink.E004"),
        ("JWT_SIGNING_KEY", DEV["jwt"], "humanlink.E004"),
        ("SECRET_KEY", DEV["secret"], "humanlink.E005"),
        ("STRIPE_SECRET_KEY", "", "humanlink.E006"),
        ("AGORA_APP_CERTIFICATE", "", "humanlink.E006"),
        ("FIREBASE_CREDENTIALS_FILE", "/nonexistent/firebase.json", "humanlink.E006"),
        # Recording is on: Agora Cloud Recording needs its REST credentials and an upload key.
        ("AGORA_CUSTOMER_ID", "", "humanlink.E006"),
        ("AGORA_CUSTOMER_SECRET", "", "humanlink.E006"),
        ("RECORDING_S3_ACCESS_KEY", "", "humanlink.E006"),
        ("RECORDING_S3_SECRET_KEY", "", "humanlink.E006"),
        ("AWS_S3_REGION", "mars-1", "humanlink.E006"),
    ],
)
def test_each_unsafe_setting_is_refused(production, setting, value, code):
    if setting == "JWT_SIGNING_KEY":
        production.NINJA_JWT = {**production.NINJA_JWT, "SIGNING_KEY": value}
    else:
        setattr(production, setting, value)
    errors = check_production_settings()
    assert _ids(errors) == code.split()
    assert all(error.level == checks.ERROR for error in errors)
    # The servers' start-up hook refuses on the same error, naming it.
    with pytest.raises(ImproperlyConfigured, match=code.split()[0]):
        refuse_unsafe_start()


def test_with_recording_off_no_recording_credentials_are_needed(production):
    production.RECORDINGS_ENABLED = False
    production.AGORA_CUSTOMER_ID = production.AGORA_CUSTOMER_SECRET = ""
    production.RECORDING_S3_ACCESS_KEY = production.RECORDING_S3_SECRET_KEY = ""
    assert check_production_settings() == []


def test_the_public_dev_values_are_the_ones_settings_default_to(settings):
    # The refusals above compare against these: they must be what development really uses.
    assert {
        "SECRET_KEY": DEV["secret"],
        "JWT_SIGNING_KEY": DEV["jwt"],
        "STRIPE_WEBHOOK_SECRET": DEV["webhook"],
    } == settings.DEVELOPMENT_SECRETS
