"""A real uvicorn process on the test database, for tests that promise "over real HTTP".

The child runs the project's ASGI application on a free port, in development mode (fake
providers, eager Celery), on pytest-django's PostgreSQL test database (the test must use
`transactional_db` so both sides see committed rows) or on a migrated SQLite file, sending email
to files in `mail_dir`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path: Path, env: Mapping[str, str]) -> str:
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


@dataclass(frozen=True)
class LiveServer:
    base: str
    mail_dir: Path
    env: Mapping[str, str]

    def manage(self, *args: str) -> str:
        """Run a management command against the server's database and settings."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=dict(self.env),
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout


@contextmanager
def live_server(tmp_path: Path, **extra_env: str) -> Iterator[LiveServer]:
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_URL": "",
        "EMAIL_FILE_PATH": str(mail_dir),
        "PASSWORD_HASHERS": "django.contrib.auth.hashers.MD5PasswordHasher",
        "CACHE_KEY_PREFIX": f"e2e-{os.getpid()}-{time.monotonic_ns()}",
        "DJANGO_ENV": "development",
        # Links the server writes (the fake gateway's Checkout pages, emails) point back at it.
        "PUBLIC_BASE_URL": base,
        **extra_env,
    }
    env["DATABASE_URL"] = database_url(tmp_path, env)
    log_path = tmp_path / "uvicorn.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90  # generous: a loaded 2-core machine boots Django slowly
        while True:
            try:
                if httpx.get(f"{base}/health/live", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log_path.read_text())
            time.sleep(0.1)
        yield LiveServer(base=base, mail_dir=mail_dir, env=env)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
