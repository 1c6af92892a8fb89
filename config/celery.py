"""Celery application: `celery -A config worker` / `celery -A config beat`."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("humanlink")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Tasks are entry points: they live in entrypoints/tasks.py and call module services.
app.autodiscover_tasks()
