"""Chat over WebSockets under load: N clients in pairs through the full stack, next to a bare echo.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hl_bench_chat REDIS_URL=redis://127.0.0.1:6379/7 \\
        PYTHONPATH=src:. .venv/bin/python bench/ws_chat.py --clients 100 --seconds 15 --workers 2

Creates the database if needed and migrates it, makes N/2 user+friend pairs with a direct
conversation each, then starts uvicorn twice on the same settings: once with the bare ASGI
echo (bench/echo_asgi.py), once with the application (config.asgi). Each client keeps
`--window` messages in flight to its partner: a message counts when the partner receives
it (so it was authenticated, persisted, and fanned out through the channel layer); the
latency is send-to-receive on one clock (all clients live in this process). The echo run
counts round trips instead. CPU seconds per process group say where the time went.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import websockets  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(pairs: int) -> list[tuple[str, str, int]]:
    """Migrate, then ensure `pairs` user/friend pairs with a conversation; returns tokens."""
    import django
    from django.conf import settings

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        _ensure_database(settings.DATABASES["default"])
    call_command("migrate", verbosity=0)
    from ninja_jwt.tokens import AccessToken

    from core.identity import Role
    from modules.accounts.models import User
    from modules.chat.public import conversation_ensure_direct

    out = []
    for i in range(pairs):
        user = User.objects.filter(email=f"bench-user-{i}@bench.local").first() or User.objects.create_user(
            f"bench-user-{i}@bench.local", "bench-password-123"
        )
        friend = User.objects.filter(email=f"bench-friend-{i}@bench.local").first() or User.objects.create_user(
            f"bench-friend-{i}@bench.local", "bench-password-123", role=Role.FRIEND
        )
        conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
        out.append((str(AccessToken.for_user(user)), str(AccessToken.for_user(friend)), conversation))
    connection.close()
    return out


def _ensure_database(db: dict) -> None:
    import psycopg

    dsn = f"host={db['HOST'] or '127.0.0.1'} port={db['PORT'] or 5432} user={db['USER']} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone():
            conn.execute(f'CREATE DATABASE "{db["NAME"]}"')


def start_server(app: str, port: int, workers: int, env: dict) -> subprocess.Popen:
    profile = os.environ.get("BENCH_PROFILE")  # write a cProfile of a 1-worker server there
    cmd = [
        sys.executable, *(["-m", "cProfile", "-o", profile] if profile and app.startswith("config") else []),
        "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers), "--ws", "websockets", "--ws-max-size", "65536",
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                time.sleep(0.5 * workers)
                return proc
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{app} did not start on port {port}")


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGINT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def cpu_seconds(pids: list[int]) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def pids_named(name: str) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == name:
                    out.append(int(entry.name))
            except OSError:
                pass
    return out


def group_pids(proc: subprocess.Popen) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == proc.pid:
                    out.append(int(entry.name))
            except OSError:
                pass
    return out


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.count = 0
        self.errors = 0
        self.measuring = False
        self.received_by: dict[str, int] = {}

    def record(self, latency: float) -> None:
        if self.measuring:
            self.count += 1
            self.latencies.append(latency)

    def summary(self, seconds: float) -> dict:
        lat = sorted(self.latencies)
        pct = (lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000) if lat else (lambda p: float("nan"))
        return {
            "per_second": round(self.count / seconds),
            "p50_ms": round(pct(0.50), 1),
            "p99_ms": round(pct(0.99), 1),
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
            "errors": self.errors,
        }


async def run_echo(url: str, clients: int, window: int, seconds: float, stats: Stats) -> None:
    async def client() -> None:
        async with websockets.connect(url, max_size=2**16, compression=None) as ws:
            for _ in range(window):
                await ws.send(json.dumps({"t": time.perf_counter(), "body": "x" * 40}))
            async for raw in ws:
                stats.record(time.perf_counter() - json.loads(raw)["t"])
                await ws.send(json.dumps({"t": time.perf_counter(), "body": "x" * 40}))

    tasks = [asyncio.create_task(client()) for _ in range(clients)]
    await _measure(tasks, seconds, stats)


async def run_chat(url: str, pairs: list[tuple[str, str, int]], window: int, seconds: float, stats: Stats) -> None:
    counter = iter(range(10**9))
    run_id = f"b{os.getpid()}x{int(time.time())}"  # client ids are unique per sender forever
    ready = asyncio.Event()
    connected = 0

    async def client(token: str, conversation: int, inbox: asyncio.Queue, partner_inbox: asyncio.Queue) -> None:
        nonlocal connected
        async with websockets.connect(url, subprotocols=["bearer", token], max_size=2**16, compression=None) as ws:
            await ws.send(json.dumps({"type": "resume", "cursors": {}}))
            connected += 1
            if connected == 2 * len(pairs):
                ready.set()
            await ready.wait()

            async def send_one() -> None:
                body = json.dumps({"t": time.perf_counter()})
                await ws.send(
                    json.dumps(
                        {
                            "type": "send",
                            "conversation_id": conversation,
                            "client_id": f"{run_id}-{next(counter)}",
                            "body": body,
                        }
                    )
                )

            async def sender() -> None:
                for _ in range(window):
                    await send_one()
                while True:
                    await inbox.get()
                    await send_one()

            sending = asyncio.create_task(sender())
            try:
                async for raw in ws:
                    event = json.loads(raw)
                    if event["type"] == "message":
                        stats.received_by[token[-12:]] = stats.received_by.get(token[-12:], 0) + 1
                        stats.record(time.perf_counter() - json.loads(event["message"]["body"])["t"])
                        # The partner's message arrived: the partner may send another one.
                        partner_inbox.put_nowait(1)
                    elif event["type"] == "error":
                        stats.errors += 1
                        inbox.put_nowait(1)
            finally:
                sending.cancel()

    tasks = []
    for user_token, friend_token, conversation in pairs:
        user_inbox, friend_inbox = asyncio.Queue(), asyncio.Queue()
        tasks.append(asyncio.create_task(client(user_token, conversation, user_inbox, friend_inbox)))
        tasks.append(asyncio.create_task(client(friend_token, conversation, friend_inbox, user_inbox)))
    await asyncio.wait_for(ready.wait(), 30)
    await _measure(tasks, seconds, stats)


async def _measure(tasks: list[asyncio.Task], seconds: float, stats: Stats) -> None:
    await asyncio.sleep(2)  # warm-up: connections, caches, JIT-less but still warmer
    stats.measuring = True
    await asyncio.sleep(seconds)
    stats.measuring = False
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--window", type=int, default=1, help="messages in flight per client")
    parser.add_argument("--skip-echo", action="store_true")
    args = parser.parse_args()

    pairs = prepare(args.clients // 2)
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}:{ROOT}", DJANGO_SETTINGS_MODULE="config.settings")
    # The per-connection limit is for humans (10/s); a load test sends faster on purpose.
    env.setdefault("CHAT_MESSAGES_PER_SECOND", "1000")
    env.setdefault("CHAT_MESSAGES_BURST", "1000")
    env.setdefault("CHAT_FRAMES_PER_SECOND", "2000")
    env.setdefault("CHAT_FRAMES_BURST", "2000")
    results = {}
    runs = [] if args.skip_echo else [("echo (bare ASGI)", "bench.echo_asgi:app")]
    runs.append(("chat (auth+persist+broadcast)", "config.asgi:application"))
    for name, app in runs:
        port = free_port()
        server = start_server(app, port, args.workers, env)
        stats = Stats()

        def watched(server: subprocess.Popen = server) -> dict[str, list[int]]:
            return {
                "uvicorn": group_pids(server),
                "postgres": pids_named("postgres"),
                "redis": pids_named("redis-server"),
            }

        before_pids = watched()
        before = {k: cpu_seconds(v) for k, v in before_pids.items()}
        client_before = time.process_time()
        started = time.perf_counter()
        try:
            if app.startswith("bench"):
                asyncio.run(run_echo(f"ws://127.0.0.1:{port}/", args.clients, args.window, args.seconds, stats))
            else:
                asyncio.run(run_chat(f"ws://127.0.0.1:{port}/ws/chat/", pairs, args.window, args.seconds, stats))
        finally:
            wall = time.perf_counter() - started
            # Processes that started during the run (new database backends) count in full.
            cpu = {k: round(cpu_seconds(v) - before[k], 1) for k, v in watched().items()}
            cpu["bench client"] = round(time.process_time() - client_before, 1)
            stop_server(server)
        results[name] = {**stats.summary(args.seconds), "cpu_seconds": cpu, "wall_seconds": round(wall, 1)}
    print(
        json.dumps(
            {"clients": args.clients, "workers": args.workers, "window": args.window, "results": results}, indent=2
        )
    )


if __name__ == "__main__":
    main()
