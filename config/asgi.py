"""ASGI entry: HTTP and WebSockets in one process (uvicorn). See entrypoints.asgi."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Django must be set up before anything imports models.
django_asgi_app = get_asgi_application()

from entrypoints.asgi import build_application  # noqa: E402
from entrypoints.production_checks import refuse_unsafe_start  # noqa: E402
from entrypoints.scheduler import start_if_configured  # noqa: E402

# uvicorn runs no system checks: in production, refuse to serve on fakes or public secrets.
refuse_unsafe_start()
application = build_application(django_asgi_app)
# `make run` has no beat process: run the periodic tasks here (RUN_SCHEDULE_IN_PROCESS).
start_if_configured()
