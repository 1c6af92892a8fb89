"""Structured logs: every response and log line carries a request id, and no log line ever
carries a token, a one-time code, a password or a socket ticket."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection

from tests.deploy.test_deploy import ROOT, firebase_credentials, production_env  # noqa: F401 (fixtures)
from tests.modules.accounts.endpoints.auth_helpers import AUTH, PASSWORD, last_code, login, post, signup

pytestmark = pytest.mark.django_db


# --- request ids ----------------------------------------------------------------------------


def test_every_response_has_a_fresh_request_id(client):
    first = client.get("/api/health/ping")["X-Request-ID"]
    second = client.get("/api/nope")["X-Request-ID"]  # problems too

    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert re.fullmatch(r"[0-9a-f]{32}", second)
    assert first != second


def test_a_well_formed_incoming_request_id_is_kept(client):
    incoming = "3f1c2a9e-77b4-4d8e-9a51-0c6a1d2e4f10"
    assert client.get("/api/health/ping", headers={"X-Request-ID": incoming})["X-Request-ID"] == incoming


@pytest.mark.parametrize("incoming", ["short", "x" * 200, "abc def ghi jkl", "evil\\nINFO forged line", "../../etc"])
def test_an_odd_incoming_request_id_is_replaced(client, incoming):
    answered = client.get("/api/health/ping", headers={"X-Request-ID": incoming})["X-Request-ID"]
    assert answered != incoming
    assert re.fullmatch(r"[0-9a-f]{32}", answered)


@contextmanager
def captured_logs(level: int = logging.DEBUG) -> Iterator[io.StringIO]:
    """Everything logged, formatted exactly as the configured console handler would write it."""
    configured = next(h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler)
    stream = io.StringIO()
    capture = logging.StreamHandler(stream)
    capture.setFormatter(configured.formatter)
    for log_filter in configured.filters:
        capture.addFilter(log_filter)
    loggers = [logging.getLogger(), logging.getLogger("uvicorn.access"), logging.getLogger("uvicorn.error")]
    root_level = loggers[0].level
    for logger in loggers:
        logger.addHandler(capture)
    loggers[0].setLevel(level)
    try:
        yield stream
    finally:
        for logger in loggers:
            logger.removeHandler(capture)
        loggers[0].setLevel(root_level)


def test_a_log_line_caused_by_a_request_carries_its_id(client, monkeypatch):
    from entrypoints.http import health

    def broken(**fields):
        raise RuntimeError("boom")

    monkeypatch.setattr(health, "PingOut", broken)
    with captured_logs() as logs:
        response = client.get("/api/health/ping", headers={"X-Request-ID": "req-0123456789"})

    assert response.status_code == 500
    lines = [line for line in logs.getvalue().splitlines() if "unexpected error" in line]
    assert lines, logs.getvalue()
    assert "req-0123456789" in lines[0]


# --- formats --------------------------------------------------------------------------------


def test_json_lines_are_one_object_each_with_the_request_id():
    from entrypoints.logs import JsonFormatter, RequestIdFilter, current_request_id

    token = current_request_id.set("req-json-1")
    try:
        record = logging.LogRecord("modules.booking", logging.WARNING, __file__, 1, "booked %s", (42,), None)
        RequestIdFilter().filter(record)
        line = JsonFormatter().format(record)
    finally:
        current_request_id.reset(token)

    parsed = json.loads(line)
    assert parsed["message"] == "booked 42"
    assert parsed["level"] == "WARNING"
    assert parsed["logger"] == "modules.booking"
    assert parsed["request_id"] == "req-json-1"
    assert "time" in parsed


def test_production_writes_json_lines_without_secrets(production_env):  # noqa: F811 (the fixture)
    import subprocess
    import sys

    script = "import logging; logging.getLogger('probe').warning('refused password=%s', 'hunter2-secret')"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=production_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    probe = next(line for line in lines if line["logger"] == "probe")
    assert probe["level"] == "WARNING"
    assert probe["message"] == "refused password=[redacted]"
    assert probe["request_id"] == "-"
    assert "hunter2-secret" not in result.stderr


def test_log_format_follows_the_environment(monkeypatch):
    import importlib

    import config.settings as module

    try:
        monkeypatch.setenv("LOG_FORMAT", "json")
        assert importlib.reload(module).LOGGING["handlers"]["console"]["formatter"] == "json"
        monkeypatch.setenv("LOG_FORMAT", "plain")
        assert importlib.reload(module).LOGGING["handlers"]["console"]["formatter"] == "plain"
    finally:
        monkeypatch.delenv("LOG_FORMAT")
        importlib.reload(module)


# --- secrets --------------------------------------------------------------------------------

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo0Mn0.c2lnbmF0dXJlLXZhbHVl"


@pytest.mark.parametrize(
    ("message", "secret"),
    [
        (f"token {JWT} refused", JWT),
        ("Authorization: Bearer abcdef0123456789", "abcdef0123456789"),
        ("login password=hunter2-secret ok", "hunter2-secret"),
        ('body {"refresh_token": "r3fr3sh-value", "x": 1}', "r3fr3sh-value"),
        ('GET /ws/chat/?ticket=t1ck3t-value&x=1 HTTP/1.1" 101', "t1ck3t-value"),
        ("X-Session-Token: s3ss10n-value", "s3ss10n-value"),
        ("verify code=ABCD-EFGH", "ABCD-EFGH"),
    ],
)
@pytest.mark.parametrize("formatter_name", ["JsonFormatter", "ReadableFormatter"])
def test_formatters_mask_secrets(message, secret, formatter_name):
    from entrypoints import logs

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (message,), None)
    line = getattr(logs, formatter_name)().format(record)

    assert secret not in line
    assert "[redacted]" in line
    if formatter_name == "JsonFormatter":
        json.loads(line)  # masking keeps the line valid JSON


def test_a_whole_sign_in_journey_logs_no_secret(client):
    """Sign up, verify, log in, refresh, call the API, get a socket ticket (and the server's
    access line for the socket): every log line, SQL included, is free of every secret."""
    from django.core.cache import cache

    email = "journey@example.com"
    secrets: list[str] = [PASSWORD]
    with captured_logs() as logs:
        # Make Django log every SQL statement with its parameters, as DEBUG=True would.
        connection.force_debug_cursor = True
        try:
            pending = signup(client, email)
            session_token = pending.json()["meta"]["session_token"]
            code = last_code()
            verified = post(client, f"{AUTH}/auth/email/verify", {"key": code}, session_token=session_token)
            assert verified.status_code == 200, verified.content
            cache.clear()  # allauth's per-key rate limits
            logged_in = login(client, email)
            assert logged_in.status_code == 200, logged_in.content
            meta = logged_in.json()["meta"]
            refreshed = post(client, "/api/auth/token/refresh", {"refresh_token": meta["refresh_token"]})
            assert refreshed.status_code == 200, refreshed.content
            pair = refreshed.json()
            bearer = {"Authorization": f"Bearer {pair['access_token']}"}
            assert client.get("/api/users/me", headers=bearer).status_code == 200
            ticket = client.post("/api/chat/ticket", headers=bearer)
            assert ticket.status_code == 201, ticket.content
            ticket_value = ticket.json()["ticket"]
            # What uvicorn writes when the browser opens the socket with it.
            logging.getLogger("uvicorn.access").info(
                '%s - "%s %s HTTP/%s" %d', "127.0.0.1:50000", "GET", f"/ws/chat/?ticket={ticket_value}", "1.1", 101
            )
        finally:
            connection.force_debug_cursor = False
    secrets += [
        code,
        session_token,
        meta["access_token"],
        meta["refresh_token"],
        pair["access_token"],
        pair["refresh_token"],
        ticket_value,
    ]

    output = logs.getvalue()
    assert "/ws/chat/" in output  # the capture really saw the lines
    leaked = [secret for secret in secrets if secret in output]
    assert not leaked, f"secrets in the logs: {leaked}"


@pytest.mark.anyio
async def test_each_socket_connection_gets_a_request_id():
    from entrypoints.asgi import SocketRequestId
    from entrypoints.logs import current_request_id

    seen: list[str] = []

    async def consumer(scope, receive, send):
        seen.append(current_request_id.get())

    app = SocketRequestId(consumer)
    await app({"type": "websocket", "headers": [(b"x-request-id", b"edge-0123456789")]}, None, None)
    await app({"type": "websocket", "headers": []}, None, None)

    assert seen[0] == "edge-0123456789"
    assert re.fullmatch(r"[0-9a-f]{32}", seen[1])
