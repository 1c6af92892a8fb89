"""Probes: liveness never depends on backing services; readiness says 503 when one is down."""

from __future__ import annotations

import socket

import pytest
from django.db import connection


def _closed_port() -> int:
    # Bind then release: nothing listens there for the test's short life.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down():
    """Point the default connection at nowhere (a closed port, or an unopenable SQLite file)."""
    original = dict(connection.settings_dict)
    # Django never closes SQLite's in-memory test database (it would vanish): park it aside.
    parked = connection.connection if connection.vendor == "sqlite" else None
    if parked is None:
        connection.close()
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-dir/humanlink.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
    yield
    connection.settings_dict.clear()
    connection.settings_dict.update(original)
    connection.connection = parked


@pytest.mark.django_db
def test_ready_is_200_when_everything_answers(client):
    response = client.get("/health/ready")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_ready_is_503_when_redis_is_configured_but_unreachable(client, settings):
    settings.REDIS_URL = f"redis://127.0.0.1:{_closed_port()}/0"
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body == {"status": "unavailable", "checks": {"database": "ok", "redis": "fail"}}


@pytest.mark.django_db(transaction=True)
def test_ready_is_503_when_the_database_is_unreachable(client, database_down):
    response = client.get("/health/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "fail"
    # No exception text, host or port leaks to an unauthenticated caller.
    assert "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_live_stays_200_when_database_and_redis_are_down(client, settings, database_down):
    settings.REDIS_URL = f"redis://127.0.0.1:{_closed_port()}/0"
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_api_ping_is_a_bare_unauthenticated_endpoint(client):
    response = client.get("/api/health/ping")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
