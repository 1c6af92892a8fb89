"""The embedded default (`make run`: SQLite, in-memory channel layer, one uvicorn) under real use.

Two people each keep a socket open and, at the same time, send over the socket and over
REST, alternating, as a phone app and a browser tab of the same people would. Every send must
be stored and acknowledged: SQLite serialises writers, but it must never refuse a person's
message with "database is locked" (which reached people as a 503 / `service_unavailable`).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import websockets

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.integration]

# Per person: this many messages over the socket and as many over REST, interleaved.
ROUNDS = 40

SEED = """
import json
import django
django.setup()
from ninja_jwt.tokens import AccessToken
from modules.chat.public import conversation_ensure_direct
from tests.modules.accounts.factories import FriendFactory, UserFactory
user, friend = UserFactory(), FriendFactory()
conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
print(json.dumps({"tokens": [str(AccessToken.for_user(p)) for p in (user, friend)], "conversation": conversation}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def sqlite_server(tmp_path):
    database = tmp_path / "db.sqlite3"
    env = {
        key: value
        for key, value in os.environ.items()
        # The embedded default: no PostgreSQL, no Redis (in-memory channel layer and presence).
        if key not in {"DATABASE_URL", "REDIS_URL", "PYTEST_XDIST_WORKER"}
    }
    env.update(
        PYTHONPATH=f"{ROOT / 'src'}:{ROOT}",
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{database}",
        # The test sends faster than the per-socket limit meant for people (10/s, burst 20).
        CHAT_MESSAGES_PER_SECOND="500",
        CHAT_MESSAGES_BURST="500",
    )
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)
    seeded = subprocess.run(
        [sys.executable, "-c", SEED], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    people = json.loads(seeded.strip().splitlines()[-1])
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "config.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--ws",
            "auto",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.time() + 60
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert proc.poll() is None, "uvicorn exited"
            assert time.time() < deadline, "uvicorn did not start"
            time.sleep(0.1)
        yield {"base": f"127.0.0.1:{port}", "database": database, **people}
    finally:
        proc.terminate()
        proc.wait(10)


async def _person(base: str, token: str, conversation: int, name: str) -> list[str]:
    """Send ROUNDS messages over the socket and ROUNDS over REST at the same time; return
    every failure seen."""
    failures: list[str] = []
    url = f"http://{base}/api/chat/conversations/{conversation}/messages"
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        websockets.connect(f"ws://{base}/ws/chat/", subprotocols=["bearer", token]) as ws,
        httpx.AsyncClient(timeout=30) as http,
    ):
        await ws.send(json.dumps({"type": "resume", "cursors": {}}))
        acked: set[str] = set()

        async def read_socket() -> None:
            while len(acked) < ROUNDS:
                event = json.loads(await asyncio.wait_for(ws.recv(), 30))
                if event["type"] == "ack":
                    acked.add(event["client_id"])
                elif event["type"] == "error":
                    failures.append(f"socket error {event}")
                    acked.add(str(event.get("ref")))

        async def send_socket(i: int) -> None:
            frame = {"type": "send", "conversation_id": conversation, "client_id": f"{name}-ws-{i}", "body": f"ws {i}"}
            await ws.send(json.dumps(frame))

        async def send_rest(i: int) -> None:
            body = {"client_id": f"{name}-rest-{i}", "body": f"rest {i}"}
            response = await http.post(url, json=body, headers=headers)
            if response.status_code != 201:
                failures.append(f"REST {response.status_code} {response.text}")

        reader = asyncio.create_task(read_socket())
        sends = []
        for i in range(ROUNDS):
            # Alternate: a socket send, then a REST send, without waiting for either.
            await send_socket(i)
            sends.append(asyncio.create_task(send_rest(i)))
            await asyncio.sleep(0.005)
        await asyncio.gather(*sends)
        await reader
    return failures


def test_socket_and_rest_sends_at_once_on_sqlite_never_fail(sqlite_server):
    server = sqlite_server

    async def scenario() -> list[str]:
        results = await asyncio.gather(
            *(
                _person(server["base"], token, server["conversation"], name)
                for token, name in zip(server["tokens"], ("user", "friend"), strict=True)
            )
        )
        return [failure for failures in results for failure in failures]

    failures = asyncio.run(scenario())
    assert failures == []
    with sqlite3.connect(server["database"]) as db:
        stored, distinct_seqs = db.execute("SELECT COUNT(*), COUNT(DISTINCT seq) FROM chat_message").fetchone()
    assert (stored, distinct_seqs) == (4 * ROUNDS, 4 * ROUNDS)
