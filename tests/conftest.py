from __future__ import annotations

import pytest
from django.conf import settings

# Fresh fakes behind every provider port, for every test (`fakes.push.sent`, `fakes.media`, ...).
from tests.fakes import fakes  # noqa: F401

# Matching's in-process friend population: rebuilt synchronously and per test.
from tests.matching_population import _matching_population  # noqa: F401


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 with 1M rounds costs ~0.5 s per hash; tests do not need the real cost.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    if settings.REDIS_URL:
        # Only the cache's own keys: REDIS_URL may be a developer's shared database.
        import redis

        prefix = settings.CACHES["default"]["KEY_PREFIX"]
        client = redis.Redis.from_url(settings.REDIS_URL)
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
    else:
        cache.clear()


def pytest_report_header(config):
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return [f"database: {db}; redis: {'yes' if settings.REDIS_URL else 'no'}"]


@pytest.fixture
def clock():
    """Freeze the container's clock at tests.clock.NOW for code that asks the Clock port."""
    from core.clock import FrozenClock
    from entrypoints.container import get_container
    from tests.clock import NOW

    frozen = FrozenClock(NOW)
    with get_container().clock.override(frozen):
        yield frozen


@pytest.fixture(autouse=True, scope="session")
def _celery_runs_tasks_inline():
    """Tasks run in the test process: CI has a Redis broker but no worker listening to it."""
    from celery import current_app

    current_app.conf.task_always_eager = True
    current_app.conf.task_eager_propagates = True
