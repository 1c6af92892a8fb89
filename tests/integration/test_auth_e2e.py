"""The whole sign-in life cycle over real HTTP against a real uvicorn process.

sign-up -> emailed code -> verify -> /me -> login -> refresh (rotation) -> logout -> refused.
The server is a child process on the test database (a migrated SQLite file, or pytest-django's
PostgreSQL test database with committed data), sending email to files we read the code from.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.integration.live_server import live_server

pytestmark = pytest.mark.integration

AUTH = "/api/auth/app/v1"
PASSWORD = "correct-horse-battery-9"


@pytest.fixture
def server(tmp_path, transactional_db):
    with live_server(tmp_path) as running:
        yield running.base, running.mail_dir


def _code_from(mail_dir: Path) -> str:
    newest = max(mail_dir.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", newest.read_text(), re.MULTILINE)
    assert match, newest.read_text()
    return match.group(1)


def test_sign_in_life_cycle_over_real_http(server):
    base, mail_dir = server
    with httpx.Client(base_url=base, timeout=10) as http:
        pending = http.post(f"{AUTH}/auth/signup", json={"email": "e2e@example.com", "password": PASSWORD})
        assert pending.status_code == 401, pending.text
        assert pending.headers["content-type"].startswith("application/problem+json")
        session_token = pending.json()["meta"]["session_token"]

        verified = http.post(
            f"{AUTH}/auth/email/verify", json={"key": _code_from(mail_dir)}, headers={"X-Session-Token": session_token}
        )
        assert verified.status_code == 200, verified.text
        access = verified.json()["meta"]["access_token"]

        me = http.get("/api/users/me", headers={"Authorization": f"Bearer {access}"})
        assert me.status_code == 200, me.text
        assert me.json()["email"] == "e2e@example.com"

        logged_in = http.post(f"{AUTH}/auth/login", json={"email": "e2e@example.com", "password": PASSWORD})
        assert logged_in.status_code == 200, logged_in.text
        refresh = logged_in.json()["meta"]["refresh_token"]

        rotated = http.post("/api/auth/token/refresh", json={"refresh_token": refresh})
        assert rotated.status_code == 200, rotated.text
        new_refresh = rotated.json()["refresh_token"]
        new_access = rotated.json()["access_token"]
        assert http.get("/api/users/me", headers={"Authorization": f"Bearer {new_access}"}).status_code == 200
        assert http.post("/api/auth/token/refresh", json={"refresh_token": refresh}).status_code == 401

        assert http.post("/api/auth/token/logout", json={"refresh_token": new_refresh}).status_code == 204
        after_logout = http.post("/api/auth/token/refresh", json={"refresh_token": new_refresh})
        assert after_logout.status_code == 401
        assert after_logout.json()["code"] == "token_not_valid"
