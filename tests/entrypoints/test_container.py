"""The composition root picks the adapter each *_BACKEND setting names, and wires the modules."""

from __future__ import annotations

import json

import firebase_admin
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.exceptions import ImproperlyConfigured

from adapters.email.django_email import DjangoEmailSender
from adapters.email.fake import FakeEmailSender
from adapters.media.fake import FakeMediaStorage
from adapters.media.s3_storage import S3MediaStorage
from adapters.payments.fake import FakePaymentGateway
from adapters.payments.stripe_gateway import StripePaymentGateway
from adapters.push.fake import FakePushSender
from adapters.push.firebase_push import FirebasePushSender
from adapters.rtc.agora_tokens import AgoraTokenIssuer
from adapters.rtc.fake import FakeRtcTokenIssuer
from entrypoints.container import build_container


def test_fake_backends_give_the_fakes(settings):
    settings.MEDIA_BACKEND = settings.PAYMENTS_BACKEND = settings.RTC_BACKEND = "fake"
    settings.PUSH_BACKEND = settings.EMAIL_SENDER_BACKEND = "fake"
    container = build_container()
    assert isinstance(container.media(), FakeMediaStorage)
    assert isinstance(container.payments(), FakePaymentGateway)
    assert isinstance(container.rtc(), FakeRtcTokenIssuer)
    assert isinstance(container.push(), FakePushSender)
    assert isinstance(container.email(), FakeEmailSender)
    # Singletons: the state a fake records is the state the next caller sees.
    assert container.push() is container.push()


def test_real_backends_give_the_real_adapters(settings, tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    credentials = tmp_path / "firebase.json"
    credentials.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "p",
                "private_key_id": "k",
                "private_key": pem.decode(),
                "client_email": "push@p.iam.gserviceaccount.com",
                "token_uri": "https://oauth2.googleapis.com/token",
            }
        )
    )
    settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND, settings.RTC_BACKEND = "s3", "stripe", "agora"
    settings.PUSH_BACKEND, settings.EMAIL_SENDER_BACKEND = "firebase", "django"
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    settings.AGORA_APP_ID, settings.AGORA_APP_CERTIFICATE = "a" * 32, "b" * 32
    settings.FIREBASE_CREDENTIALS_FILE = str(credentials)
    container = build_container()
    try:
        assert isinstance(container.media(), S3MediaStorage)
        assert isinstance(container.payments(), StripePaymentGateway)
        assert isinstance(container.rtc(), AgoraTokenIssuer)
        assert isinstance(container.push(), FirebasePushSender)
        assert isinstance(container.email(), DjangoEmailSender)
    finally:
        firebase_admin.delete_app(firebase_admin.get_app("humanlink-push"))


def test_the_stripe_adapter_asks_for_the_api_version_pinned_in_settings(settings):
    from stripe._api_version import _ApiVersion

    from tests.adapters.payments.stripe_stub import StripeStub

    # The pin is the version the installed SDK (and so the adapter's parsing) was written for:
    # upgrading stripe-python fails here until settings, docs/payments.md and the webhook
    # endpoint's version are moved together.
    assert settings.STRIPE_API_VERSION == _ApiVersion.CURRENT
    stub = StripeStub().start()
    try:
        settings.PAYMENTS_BACKEND, settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE = (
            "stripe",
            "sk_test_x",
            stub.url,
        )
        build_container().payments().create_customer(email="a@example.com", name="A", metadata={}, idempotency_key="k1")
    finally:
        stub.stop()
    assert [request["stripe_version"] for request in stub.requests] == [settings.STRIPE_API_VERSION]


@pytest.mark.parametrize(
    ("setting", "value"), [("MEDIA_BACKEND", "S3"), ("PAYMENTS_BACKEND", "paypal"), ("PUSH_BACKEND", "")]
)
def test_unknown_backend_stops_start_up(settings, setting, value):
    setattr(settings, setting, value)
    with pytest.raises(ImproperlyConfigured, match=setting):
        build_container()


def test_modules_receive_the_overridden_port(fakes):
    from modules.accounts.dependencies import media_storage

    assert media_storage() is fakes.media
