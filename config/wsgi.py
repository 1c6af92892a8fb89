"""WSGI entry: production serves the HTTP API from gunicorn (gthread) with this."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: in production, refuse to serve on fakes or public secrets.
from entrypoints.production_checks import refuse_unsafe_start  # noqa: E402

refuse_unsafe_start()
