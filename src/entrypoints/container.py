"""Composition root: picks a real or fake adapter per port from settings.

Modules never import this; they declare what they need and receive it through
dependency-injector wiring (`Provide["media"]` etc. in their `dependencies` modules).
Tests swap a provider with `get_container().media.override(...)` (tests/conftest.py does it
for every port with fresh fakes).
"""

from __future__ import annotations

from dependency_injector import containers, providers
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from adapters.email.django_email import DjangoEmailSender
from adapters.email.fake import FakeEmailSender
from adapters.media.fake import FakeMediaStorage
from adapters.media.s3_storage import S3MediaStorage
from adapters.payments.fake import FakePaymentGateway
from adapters.payments.stripe_gateway import StripePaymentGateway
from adapters.presence.memory import InMemoryPresenceStore
from adapters.presence.redis_store import RedisPresenceStore
from adapters.push.fake import FakePushSender
from adapters.push.firebase_push import FirebasePushSender
from adapters.rtc.agora_recording import AgoraRecorder
from adapters.rtc.agora_tokens import AgoraTokenIssuer
from adapters.rtc.fake import FakeRtcTokenIssuer
from adapters.rtc.fake_recorder import FakeRtcRecorder
from core.clock import SystemClock
from entrypoints.contact_blocks import MatchingContactBlocks, MatchingFavouriteFriends
from entrypoints.session_recordings import RecordingsSessionStates
from entrypoints.task_queue import CeleryTaskQueue
from entrypoints.tasks import CeleryMatchingJobs

# Packages whose `Provide[...]` markers are wired to this container at startup.
WIRED_PACKAGES = ["modules"]


class Container(containers.DeclarativeContainer):
    config = providers.Configuration()

    clock = providers.Singleton(SystemClock)
    tasks = providers.Singleton(CeleryTaskQueue)

    media = providers.Selector(
        config.media_backend,
        fake=providers.Singleton(
            FakeMediaStorage,
            base_url=config.media.dev_base_url,
            signing_key=config.secret_key,
            clock=clock,
            directory=config.media.fake_directory,
        ),
        s3=providers.Singleton(
            S3MediaStorage,
            bucket=config.media.bucket,
            region=config.media.region,
            endpoint_url=config.media.endpoint_url,
            clock=clock,
        ),
    )
    payments = providers.Selector(
        config.payments_backend,
        fake=providers.Singleton(
            FakePaymentGateway,
            webhook_secret=config.stripe.webhook_secret,
            clock=clock,
            checkout_base_url=config.stripe.fake_checkout_base_url,
        ),
        stripe=providers.Singleton(
            StripePaymentGateway,
            api_key=config.stripe.secret_key,
            webhook_secret=config.stripe.webhook_secret,
            api_version=config.stripe.api_version,
            api_base=config.stripe.api_base,
        ),
    )
    rtc = providers.Selector(
        config.rtc_backend,
        fake=providers.Singleton(FakeRtcTokenIssuer, signing_key=config.secret_key, clock=clock),
        agora=providers.Singleton(
            AgoraTokenIssuer, app_id=config.agora.app_id, app_certificate=config.agora.app_certificate, clock=clock
        ),
    )
    # Call recording: Agora Cloud Recording uploads to the media bucket; the fake writes a WAV there.
    recorder = providers.Selector(
        config.rtc_backend,
        fake=providers.Singleton(FakeRtcRecorder, media=media),
        agora=providers.Singleton(
            AgoraRecorder,
            app_id=config.agora.app_id,
            customer_id=config.agora.customer_id,
            customer_secret=config.agora.customer_secret,
            bucket=config.media.bucket,
            region=config.media.region,
            access_key=config.agora.recording_access_key,
            secret_key=config.agora.recording_secret_key,
            api_base=config.agora.api_base,
        ),
    )
    # Whether a session is being recorded (recordings owns it; booking shows it).
    session_recordings = providers.Singleton(RecordingsSessionStates)
    push = providers.Selector(
        config.push_backend,
        fake=providers.Singleton(FakePushSender),
        firebase=providers.Singleton(FirebasePushSender, credentials_file=config.firebase.credentials_file),
    )
    # Who blocked whom (matching owns blocks): accounts, booking and chat hide blocked people.
    contact_blocks = providers.Singleton(MatchingContactBlocks)
    # Whose favourite a friend is (matching owns favourites): accounts marks its friend cards.
    favourite_friends = providers.Singleton(MatchingFavouriteFriends)
    # Background recomputation of matches (Celery; eager when no broker is configured).
    matching_jobs = providers.Singleton(CeleryMatchingJobs)
    email = providers.Selector(
        config.email_backend,
        fake=providers.Singleton(FakeEmailSender),
        django=providers.Singleton(DjangoEmailSender),
    )

    # Chat presence, shared across processes through Redis when configured.
    presence = providers.Selector(
        config.presence_backend,
        redis=providers.Singleton(RedisPresenceStore, config.redis_url),
        memory=providers.Singleton(InMemoryPresenceStore),
    )


_container: Container | None = None

_BACKENDS = {
    "media_backend": ("MEDIA_BACKEND", {"fake", "s3"}),
    "payments_backend": ("PAYMENTS_BACKEND", {"fake", "stripe"}),
    "rtc_backend": ("RTC_BACKEND", {"fake", "agora"}),
    "push_backend": ("PUSH_BACKEND", {"fake", "firebase"}),
    "email_backend": ("EMAIL_SENDER_BACKEND", {"fake", "django"}),
}


def build_container() -> Container:
    container = Container()
    backends = {}
    for name, (setting, allowed) in _BACKENDS.items():
        value = getattr(settings, setting)
        # A typo must stop the start-up, not surface as an error on the first upload or payment.
        if value not in allowed:
            raise ImproperlyConfigured(f"{setting}={value!r}; expected one of {sorted(allowed)}")
        backends[name] = value
    container.config.from_dict(
        {
            **backends,
            "secret_key": settings.SECRET_KEY,
            "media": {
                "bucket": settings.AWS_S3_BUCKET,
                "region": settings.AWS_S3_REGION,
                "endpoint_url": settings.AWS_S3_ENDPOINT_URL,
                "dev_base_url": settings.PUBLIC_BASE_URL.rstrip("/") + "/dev/media",
                "fake_directory": settings.MEDIA_FAKE_DIRECTORY or None,
            },
            "stripe": {
                "secret_key": settings.STRIPE_SECRET_KEY,
                "webhook_secret": settings.STRIPE_WEBHOOK_SECRET,
                "api_base": settings.STRIPE_API_BASE,
                "api_version": settings.STRIPE_API_VERSION,
                # The fake's checkout links open the dev-only completion page (entrypoints/http/dev_payments.py).
                "fake_checkout_base_url": settings.PUBLIC_BASE_URL.rstrip("/") + "/dev/payments/checkout",
            },
            "agora": {
                "app_id": settings.AGORA_APP_ID,
                "app_certificate": settings.AGORA_APP_CERTIFICATE,
                "customer_id": settings.AGORA_CUSTOMER_ID,
                "customer_secret": settings.AGORA_CUSTOMER_SECRET,
                "recording_access_key": settings.RECORDING_S3_ACCESS_KEY,
                "recording_secret_key": settings.RECORDING_S3_SECRET_KEY,
                "api_base": settings.AGORA_API_BASE,
            },
            "firebase": {"credentials_file": settings.FIREBASE_CREDENTIALS_FILE},
            "presence_backend": "redis" if settings.REDIS_URL else "memory",
            "redis_url": settings.REDIS_URL,
        }
    )
    return container


def get_container() -> Container:
    global _container
    if _container is None:
        _container = build_container()
        _container.wire(packages=WIRED_PACKAGES)
    return _container
