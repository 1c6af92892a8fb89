"""Redis down: what needs no Redis keeps working; what needs it says 503 clearly and writes nothing."""

from __future__ import annotations

import json

import pytest

from modules.accounts.models import User
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


def test_api_without_redis_needs_keeps_serving(client, redis_down):
    user = UserFactory()
    response = client.get("/api/users/me", headers=bearer(user))
    assert response.status_code == 200


def test_rate_limited_sign_up_answers_503_and_creates_nobody(client, redis_down):
    response = client.post(
        "/api/auth/app/v1/auth/signup",
        data=json.dumps({"email": "new@example.com", "password": "a-long-enough-password-1"}),
        content_type="application/json",
    )
    assert response.status_code == 503, response.content
    assert response.json()["code"] == "service_unavailable"
    assert not User.objects.filter(email="new@example.com").exists()
