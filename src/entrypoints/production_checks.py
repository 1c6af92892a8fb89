"""Production refuses to start on fakes or public secrets.

`check_production_settings` is a Django system check (registered by EntrypointsConfig), so every
`manage.py` command that checks (migrate, runserver, `check --deploy`) stops on it. gunicorn,
uvicorn and celery run no checks of their own: config/wsgi.py, config/asgi.py and the Celery
worker/beat start-up call `refuse_unsafe_start()`, which runs every check and raises on errors.
In development (DJANGO_ENV unset) nothing here applies: fakes and dev secrets are the point there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, run_checks
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

TAG = "production"

# The *_BACKEND settings that choose a provider adapter (see entrypoints/container.py).
PROVIDER_BACKENDS = ("MEDIA_BACKEND", "PAYMENTS_BACKEND", "RTC_BACKEND", "PUSH_BACKEND", "EMAIL_SENDER_BACKEND")
# Django email backends that deliver nothing to anyone.
UNDELIVERED_EMAIL_BACKENDS = frozenset(
    {
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
        "django.core.mail.backends.dummy.EmailBackend",
        "django.core.mail.backends.filebased.EmailBackend",
    }
)
# pyjwt's own minimum for HS256 keys (RFC 7518 §3.2: a key at least as long as the hash).
MIN_JWT_KEY_BYTES = 32


def check_production_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if not settings.PRODUCTION:
        return []
    return [
        *_fake_providers(),
        *_webhook_secret(),
        *_email_backend(),
        *_jwt_signing_key(),
        *_public_secret_key(),
        *_adapters_build(),
    ]


def _fake_providers() -> Iterable[Error]:
    for name in PROVIDER_BACKENDS:
        if getattr(settings, name) == "fake":
            yield Error(
                f"{name}=fake in production: the in-memory fake sends, stores and charges nothing.",
                hint=f"Set {name} to the real provider (see .env.example).",
                id="humanlink.E001",
            )


def _webhook_secret() -> Iterable[Error]:
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret or secret == settings.DEVELOPMENT_SECRETS["STRIPE_WEBHOOK_SECRET"]:
        yield Error(
            "STRIPE_WEBHOOK_SECRET is empty or the public development value: anyone could forge "
            "Stripe webhooks (payments, refunds, subscriptions).",
            hint="Set it to the signing secret (whsec_...) of the webhook endpoint in Stripe's dashboard.",
            id="humanlink.E002",
        )


def _email_backend() -> Iterable[Error]:
    if settings.EMAIL_BACKEND in UNDELIVERED_EMAIL_BACKENDS:
        yield Error(
            f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: verification codes and password resets would never arrive.",
            hint="Set EMAIL_URL (e.g. smtp+tls://user:password@smtp.example.com:587).",
            id="humanlink.E003",
        )


def _jwt_signing_key() -> Iterable[Error]:
    key = str(settings.NINJA_JWT.get("SIGNING_KEY") or "")
    if len(key.encode()) < MIN_JWT_KEY_BYTES or key == settings.DEVELOPMENT_SECRETS["JWT_SIGNING_KEY"]:
        yield Error(
            f"JWT_SIGNING_KEY is shorter than {MIN_JWT_KEY_BYTES} bytes or the public development value: "
            "access tokens could be forged.",
            hint='Generate one: python -c "import secrets; print(secrets.token_urlsafe(48))"',
            id="humanlink.E004",
        )


def _public_secret_key() -> Iterable[Error]:
    # Django's security.W009 catches short or `django-insecure-` keys, not our published one.
    if settings.DEVELOPMENT_SECRETS["SECRET_KEY"] == settings.SECRET_KEY:
        yield Error(
            "SECRET_KEY is the public development value: sessions, password-reset links and media "
            "signatures could be forged.",
            hint='Generate one: python -c "import secrets; print(secrets.token_urlsafe(64))"',
            id="humanlink.E005",
        )


def _adapters_build() -> Iterable[Error]:
    """Build every real adapter now, so a missing key or an unreadable credentials file stops the
    start-up instead of the first payment or push. Building contacts no provider."""
    from entrypoints.container import build_container

    try:
        container = build_container()
    except ImproperlyConfigured as exc:
        yield Error(str(exc), id="humanlink.E006")
        return
    ports = ("media", "payments", "rtc", "push", "email") + (("recorder",) if settings.RECORDINGS_ENABLED else ())
    for port in ports:
        try:
            getattr(container, port)()
        except Exception as exc:
            yield Error(
                f"The {port} adapter cannot be built: {type(exc).__name__}: {exc}",
                hint="Check that provider's settings in .env.example.",
                id="humanlink.E006",
            )


def refuse_unsafe_start() -> None:
    """For servers that run no system checks (gunicorn, uvicorn, celery): in production, run them
    all (deployment checks included) and refuse to start on any error. Warnings are logged."""
    if not settings.PRODUCTION:
        return
    messages = [message for message in run_checks(include_deployment_checks=True) if not message.is_silenced()]
    for message in messages:
        if not message.is_serious():
            logger.warning("system check: %s", message)
    serious = [str(message) for message in messages if message.is_serious()]
    if serious:
        raise ImproperlyConfigured(
            "Refusing to start with DJANGO_ENV=production:\n" + "\n".join(f"  {line}" for line in serious)
        )
