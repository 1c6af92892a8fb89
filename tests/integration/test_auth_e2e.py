"""The whole sign-in life cycle over real HTTP against a real uvicorn process.

sign-up -> emailed code -> verify -> /me -> login -> refresh (rotation) -> logout -> refused.
The server is a child process on the test database (a migrated SQLite file, or pytest-django's
PostgreSQL test database with committed data), sending email to files we read the code from.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from django.conf import settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
AUTH = "/api/auth/app/v1"
PASSWORD = "correct-horse-battery-9"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(tmp_path: Path, env: dict[str, str]) -> str:
    db = settings.DATABASES["default"]
    if settings.USING_POSTGRES:
        # pytest-django's test database; `transactional_db` makes our writes visible to the child.
        auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
        return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    url = f"sqlite:///{tmp_path / 'e2e.sqlite3'}"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": url},
        check=True,
        timeout=120,
    )
    return url


@pytest.fixture
def server(tmp_path, transactional_db):
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_URL": "",
        "PASSWORD_HASHERS": "django.contrib.auth.hashers.MD5PasswordHasher",
        "CACHE_KEY_PREFIX": f"e2e-{os.getpid()}-{time.monotonic_ns()}",
        "DJANGO_ENV": "development",
    }
    env["EMAIL_FILE_PATH"] = str(mail_dir)
    env["DATABASE_URL"] = _database_url(tmp_path, env)
    port = _free_port()
    log = (tmp_path / "uvicorn.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # generous: a loaded 2-core machine boots Django slowly
        while True:
            try:
                if httpx.get(f"{base}/health/live", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "uvicorn.log").read_text())
            time.sleep(0.1)
        yield base, mail_dir
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


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
