"""Celery application: `celery -A config worker` / `celery -A config beat`."""

import os
import sys

from celery import Celery
from celery.signals import beat_init, worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("humanlink")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Tasks are entry points: they live in entrypoints/tasks.py and call module services.
app.autodiscover_tasks()


@worker_init.connect
@beat_init.connect
def _refuse_unsafe_start(**kwargs: object) -> None:
    """Celery runs no Django system checks (its Django fixup runs them and ignores the result):
    in production, a worker or beat on fakes or public secrets stops here."""
    import django
    from django.apps import apps
    from django.core.exceptions import ImproperlyConfigured

    if not apps.ready:
        django.setup()
    from entrypoints.production_checks import refuse_unsafe_start

    try:
        refuse_unsafe_start()
    except ImproperlyConfigured as exc:
        # Celery logs and swallows exceptions raised by signal handlers; SystemExit gets through.
        # The real stderr: Celery redirects sys.stderr into its logger, filtered by --loglevel.
        print(exc, file=sys.__stderr__, flush=True)
        raise SystemExit(1) from exc
