"""HumanLink settings, all from the environment (django-environ).

With nothing set you get the embedded default: SQLite file, in-memory channel layer and
cache, eager Celery, fake providers, console email. Set DATABASE_URL / REDIS_URL for
PostgreSQL and Redis, the *_BACKEND variables for real providers, and DJANGO_ENV=production
for the hardened deployment settings (`manage.py check --deploy` passes with them).
Every variable is listed in .env.example.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"
DEBUG = env.bool("DEBUG", default=False)

# Development defaults of the secrets: public (they are in this file), so production refuses
# them (entrypoints/production_checks.py) even when someone copies one into the environment.
DEVELOPMENT_SECRETS = {
    "SECRET_KEY": "dev-only-insecure-secret-key-do-not-use-in-production-0123456789",
    "JWT_SIGNING_KEY": "dev-only-jwt-signing-key-0123456789abcdef0123456789abcdef",
    "STRIPE_WEBHOOK_SECRET": "whsec_dev_only_fake_gateway_secret",
}
SECRET_KEY = env.str("SECRET_KEY") if PRODUCTION else env.str("SECRET_KEY", default=DEVELOPMENT_SECRETS["SECRET_KEY"])
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- CORS: the web apps on other origins (docs/api.md, "Calling from a browser") ---------
# Exact origins only (scheme://host[:port]); no wildcard, since credentials are allowed.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_CREDENTIALS = True  # allauth's browser client uses the session cookie + X-CSRFToken
CORS_ALLOW_HEADERS = (
    "accept",
    "authorization",
    "content-type",
    "user-agent",
    "x-csrftoken",
    "x-requested-with",
    "x-session-token",
    "x-request-id",
)
CORS_EXPOSE_HEADERS = ("x-request-id", "retry-after")
CORS_PREFLIGHT_MAX_AGE = env.int("CORS_PREFLIGHT_MAX_AGE", default=86400)
# A web origin allowed to call the API may also send unsafe requests with the CSRF token.
CSRF_TRUSTED_ORIGINS = list(dict.fromkeys([*CSRF_TRUSTED_ORIGINS, *CORS_ALLOWED_ORIGINS]))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    # Only for its static files: /api/docs serves Swagger UI from here, not from a CDN.
    "ninja",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.google",
    "allauth.socialaccount.providers.twitter_oauth2",
    "allauth.headless",
    "ninja_extra",
    "ninja_jwt",
    "ninja_jwt.token_blacklist",
    "modules.accounts",
    "modules.booking",
    "modules.matching",
    "modules.notifications",
    "modules.personality",
    "modules.chat",
    "modules.billing",
    "modules.feedback",
    "modules.privacy",
    "modules.moderation",
    "modules.support",
    "modules.group_events",
    "modules.analytics",
    "modules.recordings",
    "entrypoints",
]

MIDDLEWARE = [
    # First, so every answer (preflights and problems included) and every log line has the id.
    "entrypoints.http.request_id.RequestIdMiddleware",
    # Before anything that may answer (CommonMiddleware, the problem-details conversion).
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "entrypoints.http.middleware.ProblemDetailsMiddleware",
    # Before any view parses a body: 10,000-level JSON is a 400 everywhere, allauth included.
    "entrypoints.http.json_depth.JSONDepthGuardMiddleware",
    # Inside ProblemDetailsMiddleware: allauth's lock-out becomes 429, every 429 gets Retry-After.
    "entrypoints.http.rate_limits.RateLimitHeadersMiddleware",
    # Session, auth and messages skip bearer-token API calls (see the module's docstring).
    "entrypoints.http.browser_middleware.BrowserSessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "entrypoints.http.browser_middleware.BrowserAuthenticationMiddleware",
    "entrypoints.http.browser_middleware.BrowserMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Searched before the apps' templates: accounts' emails replace allauth's (which say
        # "Hello from <host>" and "enter it in your open browser window").
        "DIRS": [BASE_DIR / "src" / "modules" / "accounts" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False  # services own their transactions
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
    # A health check is a `SELECT 1` round trip on every request that reuses a connection:
    # it cost /api/users/me ~40 % of its time under load (bench/http_me.py). Without it, a
    # connection that died (database restart) fails one request with a 503 and is dropped.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DB_CONN_HEALTH_CHECKS", default=False)
    # Server-side binding lets psycopg prepare the statements a connection repeats, so
    # PostgreSQL skips parse and plan: /api/users/me spends half the PostgreSQL CPU (80 -> 40 us)
    # and serves ~14 % more requests (docs/performance.md). On by default since the whole suite
    # passed with it on PostgreSQL; turn it off behind pgbouncer < 1.21 in transaction mode.
    if env.bool("DB_PREPARED_STATEMENTS", default=True):
        DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
    # Parallel developers/CI runs on one server each get their own test database.
    DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default="test_humanlink")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default serves sockets and HTTP from several threads, each with its own
    # connection. A deferred transaction reads first and asks for the write lock later; two
    # of them deadlock and SQLite answers one "database is locked" at once, without waiting
    # (people saw 503s). IMMEDIATE takes the write lock at BEGIN, so writers queue for up to
    # `timeout` seconds instead; WAL lets readers go on while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# --- Redis: cache (rate limits), channel layer, Celery -----------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
_TEST_WORKER = env.str("PYTEST_XDIST_WORKER", default="")
if REDIS_URL and _TEST_WORKER:
    # Parallel test workers share one Redis server; channel-layer groups, presence and cache
    # keys are named by user id, which repeats across the workers' databases. Give each
    # worker its own Redis database (gw0 → base + 1, gw1 → base + 2, ...).
    from urllib.parse import urlunsplit

    _parts = urlsplit(REDIS_URL)
    _base = int(_parts.path.strip("/") or 0)
    _db = (_base + 1 + int("".join(c for c in _TEST_WORKER if c.isdigit()) or 0)) % 16
    REDIS_URL = urlunsplit(_parts._replace(path=f"/{_db}"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="hl"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    # Pub/sub layer: measured ~2x the throughput of the list-based RedisChannelLayer for chat
    # fan-out (README "Chat performance"); it may drop messages, which chat repairs from the DB.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": env.str(
                "CHANNEL_LAYER_BACKEND", default="adapters.channel_layers.redis_pubsub.PipelinedRedisPubSubChannelLayer"
            ),
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# A killed worker must not lose a task: acknowledge after it ran, and tasks are idempotent.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# On Redis, a task whose worker died unacknowledged goes back on the queue this many seconds
# after it was handed out (it must exceed the longest task and countdown).
_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # kombu looks for abandoned tasks every interval x throttle seconds (10 x 10 by default):
    # fine beside an hour's visibility timeout, far too slow beside a short one.
    "unacked_restore_interval": min(10, max(1, _VISIBILITY_TIMEOUT // 3)),
    "unacked_restore_throttle": 10 if _VISIBILITY_TIMEOUT >= 600 else 1,
}
CELERY_TIMEZONE = "UTC"
# Periodic work (celery beat). Every task is idempotent, so an overlap or a rerun is harmless.
CELERY_BEAT_SCHEDULE = {
    "session-reminders": {"task": "booking.send_reminders", "schedule": 60.0},
    "sessions-complete-due": {"task": "booking.complete_due", "schedule": 300.0},
    # Booked sessions nobody joined: cancelled once their no-show window (a day after the end) closes.
    "sessions-close-unjoined": {"task": "booking.close_unjoined", "schedule": 300.0},
    "notifications-redeliver": {"task": "notifications.redeliver_stale", "schedule": 60.0},
    # Billing: release unpaid premium bookings, pay friends out, repair what lost webhooks missed.
    "billing-expire-premium": {"task": "billing.expire_premium_payments", "schedule": 60.0},
    "billing-payout-cycle": {"task": "billing.payout_cycle", "schedule": 24 * 3600.0},
    "billing-reconcile": {"task": "billing.reconcile", "schedule": 3600.0},
    # Erasures whose 7-day grace period has ended.
    "privacy-erase-due": {"task": "privacy.erase_due", "schedule": 3600.0},
    # The retention policy (docs/operations.md, "Data retention").
    "privacy-retention": {"task": "privacy.retention", "schedule": 24 * 3600.0},
    "moderation-end-suspensions": {"task": "moderation.end_expired_suspensions", "schedule": 300.0},
    # Group events: lapsed waitlist offers move to the next in line; ended events complete.
    "events-expire-offers": {"task": "group_events.expire_offers", "schedule": 60.0},
    "events-complete-due": {"task": "group_events.complete_due", "schedule": 300.0},
    # Recordings: stop those that outlived their session, mark stored ones ready, delete expired ones.
    "recordings-sweep": {"task": "recordings.sweep", "schedule": 60.0},
    # Retention of the tables that grow without bound (docs/deploy.md): batched, idempotent.
    "notifications-purge-finished": {"task": "notifications.purge_finished", "schedule": 3600.0},
}
# Retention: finished notifications (read or not) older than this many days are deleted (hourly).
NOTIFICATIONS_RETENTION_DAYS = env.int("NOTIFICATIONS_RETENTION_DAYS", default=180)
# Every purge (this one and privacy.retention's) deletes RETENTION_BATCH_SIZE rows per transaction,
# at most RETENTION_MAX_BATCHES batches per run (the next run carries on).
RETENTION_BATCH_SIZE = env.int("RETENTION_BATCH_SIZE", default=1000)
RETENTION_MAX_BATCHES = env.int("RETENTION_MAX_BATCHES", default=100)
# How long a freed event seat is held for the first person on the waitlist before it moves on.
EVENTS_WAITLIST_OFFER_MINUTES = env.int("EVENTS_WAITLIST_OFFER_MINUTES", default=120)
# Without a broker there is no beat: the ASGI process runs CELERY_BEAT_SCHEDULE itself, in a thread
# (entrypoints/scheduler.py). On by default when REDIS_URL is unset, except under pytest (which
# sets PYTEST_VERSION): tests run scheduled tasks themselves.
RUN_SCHEDULE_IN_PROCESS = env.bool(
    "RUN_SCHEDULE_IN_PROCESS", default=not REDIS_URL and "PYTEST_VERSION" not in env.ENVIRON
)

# --- Matching: the in-process friend population (see modules/matching/services/population.py)
# Rebuild at most this often after a change (a background thread; the old snapshot keeps serving;
# a build of 100,000 friends costs ~12 s of one core).
MATCHING_POPULATION_REBUILD_SECONDS = env.float("MATCHING_POPULATION_REBUILD_SECONDS", default=60.0)
# Rebuild anyway after this long (catches changes no event announced, e.g. cancellations).
MATCHING_POPULATION_MAX_AGE_SECONDS = env.float("MATCHING_POPULATION_MAX_AGE_SECONDS", default=600.0)
MATCHING_POPULATION_BACKGROUND = env.bool("MATCHING_POPULATION_BACKGROUND", default=True)

# --- Auth ---------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    # allauth's, looking addresses up by the mailbox they reach (modules/accounts/domain/emails.py).
    "modules.accounts.identity.backends.MailboxAuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = env.list("PASSWORD_HASHERS", default=["django.contrib.auth.hashers.PBKDF2PasswordHasher"])

# pyjwt warns on HMAC keys under 32 bytes (production refuses them): separate from SECRET_KEY.
JWT_SIGNING_KEY = (
    env.str("JWT_SIGNING_KEY")
    if PRODUCTION
    else env.str("JWT_SIGNING_KEY", default=DEVELOPMENT_SECRETS["JWT_SIGNING_KEY"])
)
NINJA_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env.int("JWT_ACCESS_MINUTES", default=15)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env.int("JWT_REFRESH_DAYS", default=14)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": False,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": JWT_SIGNING_KEY,
    "AUTH_HEADER_TYPES": ("Bearer",),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
}

# --- Providers: "fake" (in memory) or the real one, chosen per port ----------------------
MEDIA_BACKEND = env.str("MEDIA_BACKEND", default="fake")  # fake | s3
# The fake store keeps objects in this directory instead of the process's memory (`make run` sets
# it: the demo data is seeded by one process and served by another). Empty: in memory.
MEDIA_FAKE_DIRECTORY = env.str("MEDIA_FAKE_DIRECTORY", default="")
PAYMENTS_BACKEND = env.str("PAYMENTS_BACKEND", default="fake")  # fake | stripe
RTC_BACKEND = env.str("RTC_BACKEND", default="fake")  # fake | agora
PUSH_BACKEND = env.str("PUSH_BACKEND", default="fake")  # fake | firebase
EMAIL_SENDER_BACKEND = env.str("EMAIL_SENDER_BACKEND", default="django")  # django | fake

AWS_S3_BUCKET = env.str("AWS_S3_BUCKET", default="humanlink-media")
AWS_S3_REGION = env.str("AWS_S3_REGION", default="us-east-1")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_WEBHOOK_SECRET = env.str(
    "STRIPE_WEBHOOK_SECRET", default="" if PRODUCTION else DEVELOPMENT_SECRETS["STRIPE_WEBHOOK_SECRET"]
)
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="") or None
# The Stripe API version every request asks for (not the account default), so an SDK upgrade or a
# dashboard change cannot silently change the shapes the adapter parses. The webhook endpoint must
# be created with the same version (docs/payments.md). Changing it is a code change, not config.
STRIPE_API_VERSION = "2026-10-28.endive"
STRIPE_CONNECT_COUNTRY = env.str("STRIPE_CONNECT_COUNTRY", default="US")  # friends' Express accounts
AGORA_APP_ID = env.str("AGORA_APP_ID", default="")
AGORA_APP_CERTIFICATE = env.str("AGORA_APP_CERTIFICATE", default="")
# Agora Cloud Recording (RTC_BACKEND=agora): the REST API's Customer ID/Secret, and an IAM key Agora
# uses to upload into AWS_S3_BUCKET (grant it s3:PutObject on recordings/* only).
AGORA_CUSTOMER_ID = env.str("AGORA_CUSTOMER_ID", default="")
AGORA_CUSTOMER_SECRET = env.str("AGORA_CUSTOMER_SECRET", default="")
AGORA_API_BASE = env.str("AGORA_API_BASE", default="") or None
RECORDING_S3_ACCESS_KEY = env.str("RECORDING_S3_ACCESS_KEY", default="")
RECORDING_S3_SECRET_KEY = env.str("RECORDING_S3_SECRET_KEY", default="")
# Off: nobody can start a recording, and production needs no recording credentials.
RECORDINGS_ENABLED = env.bool("RECORDINGS_ENABLED", default=True)
# Recordings (and their files) are deleted this many days after they are ready.
RECORDING_RETENTION_DAYS = env.int("RECORDING_RETENTION_DAYS", default=30)
FIREBASE_CREDENTIALS_FILE = env.str("FIREBASE_CREDENTIALS_FILE", default="")

# --- Chat (WebSockets under /ws/chat/) ----------------------------------------------------
# Browser origins allowed to open a socket; a missing Origin (native apps) is allowed. Empty:
# derived from ALLOWED_HOSTS and CSRF_TRUSTED_ORIGINS.
WEBSOCKET_ALLOWED_ORIGINS = env.list("WEBSOCKET_ALLOWED_ORIGINS", default=[])
CHAT_MAX_FRAME_BYTES = env.int("CHAT_MAX_FRAME_BYTES", default=16 * 1024)
CHAT_MESSAGES_PER_SECOND = env.float("CHAT_MESSAGES_PER_SECOND", default=10.0)
CHAT_MESSAGES_BURST = env.int("CHAT_MESSAGES_BURST", default=20)
CHAT_FRAMES_PER_SECOND = env.float("CHAT_FRAMES_PER_SECOND", default=30.0)
CHAT_FRAMES_BURST = env.int("CHAT_FRAMES_BURST", default=60)
# Message writer lanes per process, each with its own database connection (PostgreSQL; SQLite uses one).
# One measured best on 2 shared cores (README, "Chat performance"); more may pay with more cores.
CHAT_WRITERS = env.int("CHAT_WRITERS", default=1)

# --- Email --------------------------------------------------------------------------------
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))  # filebased backend only
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="HumanLink <no-reply@humanlink.local>")
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))

# --- HTTP ---------------------------------------------------------------------------------
# Request bodies above this size get 413 (avatars go straight to S3, not through us).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=256 * 1024)
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Serve what the finders see (e.g. Swagger UI's assets for /api/docs) even before collectstatic.
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
PUBLIC_BASE_URL = env.str("PUBLIC_BASE_URL", default="http://127.0.0.1:8000")
FRONTEND_URL = env.str("FRONTEND_URL", default="https://app.humanlink.local")
# What emails call the site (allauth's `current_site`): the product, not the request's Host.
SITE_NAME = env.str("SITE_NAME", default="HumanLink")
SITE_DOMAIN = env.str("SITE_DOMAIN", default=urlsplit(FRONTEND_URL).netloc)

# --- Sign-in: allauth headless (email + password, codes by email, Google, X) -------------
# The app client gets ninja-jwt access/refresh tokens in `meta` once a flow completes (one
# token format for HTTP and WebSocket); the allauth session token carries pending flows.
HEADLESS_ONLY = True
# "app": tokens in headers (mobile, token-based web). "browser": cookie session + CSRF, needed
# for redirect-only providers (X), whose callback lands in a browser.
HEADLESS_CLIENTS = ("app", "browser")
HEADLESS_TOKEN_STRATEGY = "modules.accounts.identity.token_strategy.NinjaJWTTokenStrategy"
# https links only: custom URL schemes break allauth's redirects (mobile apps use universal links).
HEADLESS_FRONTEND_URLS = {
    "account_confirm_email": f"{FRONTEND_URL}/account/verify-email/{{key}}",
    "account_reset_password": f"{FRONTEND_URL}/account/password/reset",
    "account_reset_password_from_key": f"{FRONTEND_URL}/account/password/reset/key/{{key}}",
    "account_signup": f"{FRONTEND_URL}/account/signup",
    "socialaccount_login_error": f"{FRONTEND_URL}/account/provider/callback",
}
ACCOUNT_ADAPTER = "modules.accounts.identity.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "modules.accounts.identity.adapters.SocialAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
# Optional sign-up extras: UTM parameters, referrer, marketing opt-in (consents, analytics).
ACCOUNT_SIGNUP_FORM_CLASS = "modules.accounts.identity.signup_form.SignupExtrasForm"
# The versions of the terms and privacy notice a sign-up accepts (recorded with each consent).
TERMS_VERSION = env.str("TERMS_VERSION", default="2026-01")
PRIVACY_VERSION = env.str("PRIVACY_VERSION", default="2026-01")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Sign-up must not reveal whether an email is already registered.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "HumanLink: "
# Counted in the Django cache, i.e. Redis when REDIS_URL is set, so every worker shares them.
ACCOUNT_RATE_LIMITS = {
    "login": env.str("RATE_LIMIT_LOGIN", default="30/m/ip"),
    "login_failed": env.str("RATE_LIMIT_LOGIN_FAILED", default="10/m/ip,5/5m/key"),
    "signup": env.str("RATE_LIMIT_SIGNUP", default="20/m/ip"),
    "reset_password": env.str("RATE_LIMIT_RESET_PASSWORD", default="20/m/ip,5/m/key"),
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/10s/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "request_login_code": "20/m/ip,3/m/key",
}
# The client IP is REMOTE_ADDR unless we sit behind N trusted proxies: X-Forwarded-For is
# client-controlled, so trusting it by default would let anyone reset their rate limits.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
# Never log a social account into an existing local account by matching email: a provider
# that does not verify emails would let anyone take the account over.
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = False
SOCIALACCOUNT_STORE_TOKENS = False
GOOGLE_CLIENT_ID = env.str("GOOGLE_CLIENT_ID", default="")
GOOGLE_CLIENT_SECRET = env.str("GOOGLE_CLIENT_SECRET", default="")
X_CLIENT_ID = env.str("X_CLIENT_ID", default="")
X_CLIENT_SECRET = env.str("X_CLIENT_SECRET", default="")
SOCIALACCOUNT_PROVIDERS = {
    "google": {
        "APPS": [{"client_id": GOOGLE_CLIENT_ID, "secret": GOOGLE_CLIENT_SECRET}] if GOOGLE_CLIENT_ID else [],
        "SCOPE": ["openid", "email", "profile"],
    },
    "twitter_oauth2": {
        "APPS": [{"client_id": X_CLIENT_ID, "secret": X_CLIENT_SECRET}] if X_CLIENT_ID else [],
    },
}

# --- Observability ------------------------------------------------------------------------
SENTRY_DSN = env.str("SENTRY_DSN", default="")
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
# json: one object per line for the log pipeline; plain: readable in a terminal.
LOG_FORMAT = env.str("LOG_FORMAT", default="json" if PRODUCTION else "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "entrypoints.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "entrypoints.logs.JsonFormatter"},
        "plain": {"()": "entrypoints.logs.ReadableFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # SQL with its parameters (tokens, session keys) is never logged, whatever LOG_LEVEL says.
        "django.db.backends": {"level": "WARNING"},
        # The server's own lines go through the same handler: request id, JSON, no secrets
        # (an access line's query string may hold a socket ticket).
        "uvicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

if PRODUCTION:
    DEBUG = False
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^health/"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

if SENTRY_DSN:  # pragma: no cover - needs a DSN
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=DJANGO_ENV,
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )
