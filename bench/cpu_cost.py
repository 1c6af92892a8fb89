"""CPU spent per request, in process: Python (this process) + PostgreSQL (its backend).

Throughput on a shared 2-core machine swings with whatever else runs; CPU time per request
barely does, and on a saturated box it is what throughput is made of. Run by http_me.py
with the same environment as the servers; prints one JSON object.

    python bench/cpu_cost.py <access token>
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import time

import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.db import connection  # noqa: E402

ROUNDS, REQUESTS = 5, 500
handler = WSGIHandler()


def call(path: str, token: str | None) -> None:
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_X_FORWARDED_PROTO": "https",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }
    if token:
        environ["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    statuses = []
    body = handler(environ, lambda status, headers: statuses.append(status))
    b"".join(body)
    body.close()
    if not statuses[0].startswith("200"):
        raise SystemExit(f"{path}: {statuses[0]}")


def postgres_cpu_seconds() -> float:
    """CPU time of this connection's backend process so far (same host only)."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(path: str, token: str | None) -> dict[str, float]:
    for _ in range(200):
        call(path, token)
    python, postgres = [], []
    for _ in range(ROUNDS):
        pg0, cpu0 = postgres_cpu_seconds(), time.process_time()
        for _ in range(REQUESTS):
            call(path, token)
        cpu1, pg1 = time.process_time(), postgres_cpu_seconds()
        python.append((cpu1 - cpu0) / REQUESTS * 1e6)
        postgres.append((pg1 - pg0) / REQUESTS * 1e6)
    return {"python_us": statistics.median(python), "postgres_us": statistics.median(postgres)}


if __name__ == "__main__":
    token = sys.argv[1]
    print(json.dumps({"ping": measure("/api/health/ping", None), "me": measure("/api/users/me", token)}))
