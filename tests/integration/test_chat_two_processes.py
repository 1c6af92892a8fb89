"""Two uvicorn processes sharing Redis and PostgreSQL: chat crosses between them over real sockets.

One participant connects to each process; they exchange messages (delivery and order are
checked), then one disconnects, misses messages, and resumes on the *other* process.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import websockets
from django.conf import settings
from django.db import connection

from tests.modules.chat.factories import access_token, pair

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not (settings.USING_POSTGRES and settings.REDIS_URL),
        reason="needs PostgreSQL and Redis shared by two server processes (set DATABASE_URL and REDIS_URL)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def two_servers():
    db = settings.DATABASES["default"]
    env = dict(
        os.environ,
        PYTHONPATH=f"{ROOT / 'src'}:{ROOT}",
        DJANGO_SETTINGS_MODULE="config.settings",
        # The servers use the test database this test writes to.
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        REDIS_URL=settings.REDIS_URL,
        # The test sends faster than the per-socket limit meant for people (10/s, burst 20).
        CHAT_MESSAGES_PER_SECOND="200",
        CHAT_MESSAGES_BURST="200",
    )
    ports = [_free_port(), _free_port()]
    procs = [
        subprocess.Popen(
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
                "websockets-sansio",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        for port in ports
    ]
    try:
        deadline = time.time() + 90  # generous: a loaded 2-core machine boots Django slowly
        for port in ports:
            while True:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                assert time.time() < deadline, "uvicorn did not start"
                time.sleep(0.1)
        yield [f"ws://127.0.0.1:{port}/ws/chat/" for port in ports]
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)
        connection.close()


async def _connect(url: str, token: str, cursors: dict[int, int] | None = None):
    ws = await websockets.connect(url, subprotocols=["bearer", token])
    await ws.send(json.dumps({"type": "resume", "cursors": {str(k): v for k, v in (cursors or {}).items()}}))
    return ws


async def _next(ws, kind: str, timeout: float = 5) -> dict:
    while True:
        event = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if event["type"] == kind:
            return event


def test_delivery_order_and_resume_across_two_processes(two_servers):
    user, friend, conversation = pair()
    user_token, friend_token = access_token(user), access_token(friend)
    one, two = two_servers

    async def scenario() -> None:
        a = await _connect(one, user_token)
        b = await _connect(two, friend_token)
        await _next(a, "resumed")
        await _next(b, "resumed")
        for i in range(20):
            await a.send(
                json.dumps({"type": "send", "conversation_id": conversation, "client_id": f"a{i}", "body": f"{i}"})
            )
        acks = [(await _next(a, "ack"))["message"] for _ in range(20)]
        got = [(await _next(b, "message"))["message"] for _ in range(20)]
        assert [m["body"] for m in got] == [str(i) for i in range(20)]
        assert [m["id"] for m in got] == [m["id"] for m in acks]
        # And back, from process two to process one.
        await b.send(json.dumps({"type": "send", "conversation_id": conversation, "client_id": "b0", "body": "back"}))
        assert (await _next(a, "message"))["message"]["body"] == "back"
        last_seen = got[-1]["id"]
        await b.close()
        # Missed while away...
        for i in range(20, 30):
            await a.send(
                json.dumps({"type": "send", "conversation_id": conversation, "client_id": f"a{i}", "body": f"{i}"})
            )
            await _next(a, "ack")
        # ...and resumed on the other process, exactly once and in order (b's own "back"
        # message is included: it was sent after the cursor).
        b = await _connect(one, friend_token, {conversation: last_seen})
        missed = []
        while True:
            event = json.loads(await asyncio.wait_for(b.recv(), 5))
            if event["type"] == "resumed":
                break
            if event["type"] == "message":
                missed.append(event["message"]["body"])
        assert missed == ["back"] + [str(i) for i in range(20, 30)]
        await a.send(json.dumps({"type": "send", "conversation_id": conversation, "client_id": "live", "body": "live"}))
        assert (await _next(b, "message"))["message"]["body"] == "live"
        await a.close()
        await b.close()

    asyncio.run(scenario())
