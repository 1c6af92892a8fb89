"""The API server exactly as `make run` starts it (its command is read from `make -n run`), on the
test database and without Redis: the periodic work runs in the server process, and the links the
fake providers hand out point at the URL `make run` tells people to open (the web app, which
forwards /dev/ to Django)."""

from __future__ import annotations

import json
import os
import shlex
import socket
import subprocess
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from modules.booking.models import Session
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not settings.USING_POSTGRES, reason="the server process must share the test's database (set DATABASE_URL)"
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _make_run_command(port: int, web_port: int) -> str:
    """The API server's command in `make run`'s recipe (the web app is started next to it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PUBLIC_BASE_URL", "MAKEFLAGS", "MFLAGS")}
    out = subprocess.run(
        ["make", "-n", "--no-print-directory", "run", f"PORT={port}", f"WEB_PORT={web_port}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in out.stdout.splitlines() if "uvicorn config.asgi:application" in line)
    command = line[line.index("PUBLIC_BASE_URL=") :].split(" & ")[0]
    assert command.endswith(f"--port {port} --ws auto"), out.stdout
    return command


@pytest.fixture
def make_run_server():
    port, web_port = _free_port(), _free_port()
    command = _make_run_command(port, web_port)
    db = settings.DATABASES["default"]
    env = {
        k: v
        for k, v in os.environ.items()
        # `make run` on a developer's machine: no broker, not under pytest (the defaults decide).
        if k not in ("REDIS_URL", "PYTEST_VERSION", "RUN_SCHEDULE_IN_PROCESS", "PUBLIC_BASE_URL", "CELERY_BROKER_URL")
    }
    env.update(
        PYTHONPATH=f"{ROOT / 'src'}:{ROOT}",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        DB_CONN_MAX_AGE="0",
    )
    proc = subprocess.Popen(["sh", "-c", f"exec env {command} --log-level warning"], cwd=ROOT, env=env)
    try:
        deadline = time.time() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert proc.poll() is None, "the server exited"
            assert time.time() < deadline, "the server did not start"
            time.sleep(0.1)
        yield port, web_port
    finally:
        proc.terminate()
        proc.wait(10)
        connection.close()


def test_make_run_sets_the_public_base_url_from_host_and_port():
    assert shlex.split(_make_run_command(8123, 3123))[0] == "PUBLIC_BASE_URL=${PUBLIC_BASE_URL:-http://127.0.0.1:3123}"


def test_make_run_completes_sessions_on_schedule_and_links_to_its_own_port(make_run_server):
    port, web_port = make_run_server
    now = datetime.now(UTC)
    user, friend = UserFactory(), FriendFactory()
    ended = SessionFactory(
        user=user, friend=friend, status="in_progress", start=now - timedelta(hours=2), end=now - timedelta(hours=1)
    )

    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/users/me/avatar/upload",
        data=json.dumps({"content_type": "image/png"}).encode(),
        headers={"Content-Type": "application/json", **bearer(user)},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        upload = json.loads(response.read())
    assert upload["url"] == f"http://127.0.0.1:{web_port}/dev/media/upload"

    # The in-process scheduler's first round comes a few seconds after start-up.
    deadline = time.time() + 40
    while Session.objects.get(pk=ended.pk).status != "completed":
        assert time.time() < deadline, "the session was never completed: no schedule runs under make run"
        time.sleep(0.5)
