"""The development stand-ins for Stripe's pages and S3's upload URL (entrypoints/http/dev_*.py).

They are never routed in production, and in development they act only for the signed-in owner
of the checkout, payment intent or upload: anonymous callers get 401, other users 404 (or 403 for
an upload form, which names its key) and nothing changes.
"""

from __future__ import annotations

import importlib
import json
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches

from core.money import Money
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.billing.conftest import call
from tests.modules.billing.factories import PlanFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64
DEV_ROUTES = {"dev-media-upload", "dev-media-download", "dev-payments-checkout", "dev-payments-pay-intent"}


@pytest.fixture
def reloaded_urls(settings):
    """config.urls rebuilt from the settings the test sets; the real one restored afterwards."""
    import config.urls

    def reload() -> set[str]:
        clear_url_caches()
        return {getattr(pattern, "name", None) for pattern in importlib.reload(config.urls).urlpatterns}

    yield reload
    settings.PRODUCTION, settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND = False, "fake", "fake"
    assert reload() >= DEV_ROUTES


def test_dev_pages_are_never_routed_in_production(settings, client, reloaded_urls):
    # Even with fake backends (which production refuses to start with anyway).
    settings.PRODUCTION, settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND = True, "fake", "fake"
    assert reloaded_urls() & DEV_ROUTES == set()
    for path in ("/dev/payments/checkout/cs_test_1", "/dev/payments/payment-intents/pi_1/pay", "/dev/media/upload"):
        assert client.post(path).status_code == 404


def test_dev_pages_are_routed_in_development_with_the_fakes(settings, reloaded_urls):
    settings.PRODUCTION, settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND = False, "fake", "fake"
    assert reloaded_urls() >= DEV_ROUTES
    settings.MEDIA_BACKEND, settings.PAYMENTS_BACKEND = "s3", "stripe"
    assert reloaded_urls() & DEV_ROUTES == set()


# --- the fake Checkout page ---------------------------------------------------------------
def _checkout_page(client, owner) -> str:
    response = call(client, "POST", "/api/payments/checkout", owner, {"plan_id": PlanFactory().pk})
    assert response.status_code == 201, response.content
    return f"/dev/payments/checkout/{response.json()['checkout_id']}"


def test_only_the_owner_can_see_or_pay_a_checkout(client, fakes):
    owner, other = UserFactory(), UserFactory()
    page = _checkout_page(client, owner)

    for method in ("get", "post"):
        anonymous = getattr(client, method)(page)
        assert (anonymous.status_code, anonymous.json()["status"]) == (401, 401)
        foreign = getattr(client, method)(page, headers=bearer(other))
        assert (foreign.status_code, foreign.json()["status"]) == (404, 404)
    forged = client.post(page, headers={"Authorization": "Bearer not.a.token"})
    assert forged.status_code == 401
    # A browser session is not enough: the page is CSRF-exempt because it takes bearer tokens only.
    client.force_login(owner)
    assert client.post(page).status_code == 401
    client.logout()
    assert fakes.payments.subscriptions == {}
    assert call(client, "GET", "/api/payments/subscription", owner).json()["status"] == "none"

    shown = client.get(page, headers=bearer(owner))
    assert (shown.status_code, shown.json()["trial_days"]) == (200, 7)
    paid = client.post(page, headers=bearer(owner))
    assert paid.status_code == 200, paid.content
    assert len(fakes.payments.subscriptions) == 1
    assert call(client, "GET", "/api/payments/subscription", owner).json()["status"] == "trialing"


# --- the fake PaymentIntent confirmation ----------------------------------------------------
def test_only_the_owner_can_pay_a_payment_intent(client, fakes):
    owner, other = UserFactory(), UserFactory()
    intent = fakes.payments.create_payment_intent(
        amount=Money(2500, "usd"), customer_id=None, metadata={"user_id": str(owner.pk)}, idempotency_key="pi-1"
    )
    path = f"/dev/payments/payment-intents/{intent.id}/pay"
    body = {"data": json.dumps({"succeed": True}), "content_type": "application/json"}

    assert client.post(path, **body).status_code == 401
    assert client.post(path, **body, headers=bearer(other)).status_code == 404
    assert fakes.payments.intents[intent.id].status == "requires_payment_method"
    assert fakes.payments.events == []


# --- the fake S3 upload URL -----------------------------------------------------------------
def _upload_form(client, owner) -> dict:
    response = call(client, "POST", "/api/users/me/avatar/upload", owner, {"content_type": "image/png"})
    assert response.status_code == 200, response.content
    return response.json()


def _post_form(client, form, **headers):
    data = {**form["fields"], "file": SimpleUploadedFile("a.png", PNG)}
    return client.post(urlsplit(form["url"]).path, data=data, headers=headers)


def test_only_the_owner_can_upload_to_their_presigned_form(client, fakes):
    owner, other = UserFactory(), UserFactory()
    form = _upload_form(client, owner)

    assert _post_form(client, form).status_code == 401
    # A valid form in someone else's hands: their key prefix is not the caller's.
    foreign = _post_form(client, form, **bearer(other))
    assert (foreign.status_code, foreign.json()["code"]) == (403, "upload_rejected")
    assert fakes.media.objects == {}

    assert _post_form(client, form, **bearer(owner)).status_code == 204
    assert set(fakes.media.objects) == {form["key"]}
