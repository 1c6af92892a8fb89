"""HTTP benchmark: authenticated GET /api/users/me against a bare Django Ninja application.

    python bench/http_me.py                 # or: make bench-http
    python bench/http_me.py --duration 10 --runs 5 --servers gthread

What it does:
1. Creates (if missing) and migrates a bench database on PostgreSQL (DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/humanlink_bench) and creates one user with a profile.
2. For each serving option starts the real app as a subprocess with production settings
   (DJANGO_ENV=production, DEBUG off, every middleware of the real API), waits for it.
3. Drives it with wrk (installed with apt-get when missing and we are root): 50 keep-alive
   connections, a warm-up, then --runs measured runs of --duration seconds per endpoint.
   The proxy in front terminates TLS, so requests carry `X-Forwarded-Proto: https` like
   the router's do.
4. Prints one table with medians over the runs: req/s, p50, p99, and /me as a share of
   the same server's bare endpoint and of the best bare figure.

The independent baseline is `bench/bare_ninja`: a minimal `startproject` with Django's default
middleware and one Ninja endpoint, served with the same gunicorn configuration (row
`bare-ninja`). Each HumanLink server's /me is reported as a share of it (`me/bare Ninja`) and of
the same server's own ping endpoint (`me/own ping`), in the same run.

A bare ASGI app under uvicorn is measured first: it shows how far wrk itself can go on
this machine, so the Django figures are not capped by the load generator.
Raw figures and a summary are written to bench/results/http_me.json (committed; docs/performance.md
quotes it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/humanlink_bench"
BENCH_EMAIL = "bench-user@example.com"


@dataclass(frozen=True)
class Server:
    key: str
    name: str
    command: list[str]  # the port (uvicorn) or bind address (gunicorn) is appended
    env: dict[str, str] = field(default_factory=dict)


_UVICORN = [str(BIN / "uvicorn"), "--no-access-log", "--log-level", "warning", "--host", "127.0.0.1"]
_GUNICORN = [str(BIN / "gunicorn"), "config.wsgi:application", "--log-level", "warning"]
# Worker counts match the 2 cores of this machine.
SERVERS = [
    # The independent baseline: not HumanLink at all, same gunicorn configuration as "deploy".
    Server("bare-ninja", "bare Ninja project (deploy conf)",
           [str(BIN / "gunicorn"), "bench.bare_ninja.wsgi:application", "--log-level", "warning",
            "-c", "deploy/gunicorn.conf.py", "--bind"],
           {"DJANGO_SETTINGS_MODULE": "bench.bare_ninja.settings"}),
    # Django opens a connection per thread under ASGI, and sync code runs in ever new
    # executor threads there: persistent connections pile up until PostgreSQL refuses more
    # ("too many clients"). Django's docs say to disable them under ASGI.
    Server("uvicorn", "uvicorn ASGI, 2 workers", [*_UVICORN, "config.asgi:application", "--workers", "2", "--port"],
           {"DB_CONN_MAX_AGE": "0"}),
    Server("sync", "gunicorn sync, 2 workers", [*_GUNICORN, "-k", "sync", "--workers", "2", "--bind"]),
    Server("gthread", "gunicorn gthread, 2x4", [*_GUNICORN, "-k", "gthread", "--workers", "2", "--threads", "4",
                                                 "--bind"]),
    Server("gthread-unprepared", "gthread 2x4, no prepared stmts",
           [*_GUNICORN, "-k", "gthread", "--workers", "2", "--threads", "4", "--bind"],
           {"DB_PREPARED_STATEMENTS": "false"}),
    # Exactly what production runs (worker/thread counts, keep-alive, access log...).
    Server("deploy", "deploy/gunicorn.conf.py (2x4)", [*_GUNICORN, "-c", "deploy/gunicorn.conf.py", "--bind"]),
    Server("deploy-2x2", "deploy conf, 2x2 threads", [*_GUNICORN, "-c", "deploy/gunicorn.conf.py", "--bind"],
           {"WEB_THREADS": "2"}),
    # Prepared statements are the default since 2026-11-30; this row shows what they are worth.
    Server("deploy-unprepared", "deploy conf, no prepared stmts",
           [*_GUNICORN, "-c", "deploy/gunicorn.conf.py", "--bind"], {"DB_PREPARED_STATEMENTS": "false"}),
]  # fmt: skip
SERVER_KEYS = {server.key: server for server in SERVERS}
BASELINE = "bare-ninja"
BASELINE_ENDPOINT = "GET /api/ping (bare)"
CALIBRATION = [str(BIN / "uvicorn"), "bench.bare_asgi:app", "--no-access-log", "--log-level", "warning",
               "--host", "127.0.0.1", "--port"]  # fmt: skip


@dataclass(frozen=True)
class Run:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


@dataclass(frozen=True)
class Row:
    server: str
    endpoint: str
    rps: float
    p50_ms: float
    p99_ms: float
    runs: list[Run]


LOAD_BEFORE = os.getloadavg()


def main() -> int:
    args = parse_args()
    wrk = ensure_wrk()
    database_url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    env = server_env(database_url)
    prepare_database(database_url, env)
    token = access_token(env)

    calibration = None
    if not args.skip_calibration:
        with serving(CALIBRATION, env) as base:
            calibration = measure(wrk, base + "/", {}, args, label="bare ASGI (wrk ceiling)")

    rows: list[Row] = []
    for key in args.servers:
        server = SERVER_KEYS[key]
        name = server.name
        with serving(server.command, {**env, **server.env}) as base:
            if key == BASELINE:
                rows.append(measure_row(wrk, name, BASELINE_ENDPOINT, base + "/api/ping", {}, args))
                continue
            rows.append(measure_row(wrk, name, "GET /api/health/ping", base + "/api/health/ping", {}, args))
            auth = {"Authorization": f"Bearer {token}"}
            rows.append(measure_row(wrk, name, "GET /api/users/me", base + "/api/users/me", auth, args))

    cpu = {} if args.skip_cpu else cpu_costs(env, token)
    print_table(rows, calibration, args)
    print_cpu_table(cpu)
    save(rows, calibration, cpu, args)
    return 0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=5, help="seconds per measured run (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="measured runs per endpoint; medians are quoted")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--servers", default=",".join(SERVER_KEYS), help=f"comma list of {','.join(SERVER_KEYS)}")
    parser.add_argument("--no-baseline", action="store_true", help="do not add the bare Ninja baseline row")
    parser.add_argument("--skip-calibration", action="store_true")
    parser.add_argument("--skip-cpu", action="store_true", help="skip the in-process CPU cost per request")
    args = parser.parse_args()
    args.servers = [s.strip() for s in args.servers.split(",") if s.strip()]
    if not args.no_baseline and BASELINE not in args.servers:
        args.servers.insert(0, BASELINE)  # every run carries its own independent baseline
    unknown = set(args.servers) - set(SERVER_KEYS)
    if unknown:
        parser.error(f"unknown server(s): {', '.join(sorted(unknown))}")
    return args


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    if os.geteuid() != 0:
        sys.exit("wrk is needed: apt-get install -y wrk (as root)")
    print("installing wrk (apt-get install -y wrk) ...", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "check": False}
    if subprocess.run(["apt-get", "install", "-y", "wrk"], **quiet).returncode != 0:
        subprocess.run(["apt-get", "update"], **quiet)
        subprocess.run(["apt-get", "install", "-y", "wrk"], stdout=subprocess.DEVNULL, check=True)
    return shutil.which("wrk") or sys.exit("wrk could not be installed")


def server_env(database_url: str) -> dict[str, str]:
    """Production settings, minus TLS at the app (the router terminates it).

    Production refuses the fake providers, so the real adapters are configured, pointed at local
    addresses nobody listens on: the measured endpoints never call a provider.
    """
    env = dict(os.environ)
    env.update(
        DJANGO_ENV="production",
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        SECRET_KEY=os.environ.get("SECRET_KEY", secrets.token_urlsafe(50)),
        JWT_SIGNING_KEY=os.environ.get("JWT_SIGNING_KEY", secrets.token_urlsafe(48)),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        JWT_ACCESS_MINUTES="120",
        LOG_LEVEL="WARNING",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        PYTHONUNBUFFERED="1",
        **unused_real_providers(),
    )
    return env


def unused_real_providers() -> dict[str, str]:
    """Settings for every real adapter, aimed at 127.0.0.1:9 (discard): valid, never contacted."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    credentials = Path(tempfile.mkdtemp(prefix="bench-firebase-")) / "service-account.json"
    credentials.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "humanlink-bench",
                "private_key_id": "bench",
                "private_key": pem.decode(),
                "client_email": "push@humanlink-bench.iam.gserviceaccount.com",
                "token_uri": "http://127.0.0.1:9/token",
            }
        )
    )
    return {
        "MEDIA_BACKEND": "s3",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(30),
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9",
        "PAYMENTS_BACKEND": "stripe",
        "STRIPE_SECRET_KEY": "sk_test_bench",
        "STRIPE_WEBHOOK_SECRET": "whsec_" + secrets.token_hex(16),
        "STRIPE_API_BASE": "http://127.0.0.1:9",
        "RTC_BACKEND": "agora",
        "AGORA_APP_ID": secrets.token_hex(16),
        "AGORA_APP_CERTIFICATE": secrets.token_hex(16),
        "AGORA_CUSTOMER_ID": "bench",
        "AGORA_CUSTOMER_SECRET": secrets.token_hex(16),
        "RECORDING_S3_ACCESS_KEY": "AKIABENCH",
        "RECORDING_S3_SECRET_KEY": secrets.token_hex(16),
        "PUSH_BACKEND": "firebase",
        "FIREBASE_CREDENTIALS_FILE": str(credentials),
        "EMAIL_URL": "smtp://127.0.0.1:9",
    }


def prepare_database(database_url: str, env: dict[str, str]) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}", flush=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)


def access_token(env: dict[str, str]) -> str:
    """Create the bench user (once) and mint an access token signed with the servers' key."""
    code = f"""
from modules.accounts.models import User
from ninja_jwt.tokens import RefreshToken
user = User.objects.filter(email={BENCH_EMAIL!r}).first() or User.objects.create_user({BENCH_EMAIL!r}, None)
print(RefreshToken.for_user(user).access_token)
"""
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


class serving:
    """Start a server on a free port, wait until it answers, stop it (and its workers) after."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.port = free_port()
        bind = f"127.0.0.1:{self.port}" if command[-1] == "--bind" else str(self.port)
        self.command = [*command, bind]
        self.env = env

    def __enter__(self) -> str:
        # stdout: gunicorn's access log (production logs every request), not for the terminal.
        self.proc = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, start_new_session=True, stdout=subprocess.DEVNULL
        )
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited early: {' '.join(self.command)}")
            try:
                urllib.request.urlopen(base + "/health/live", timeout=1)
                return base
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.__exit__()
        raise SystemExit(f"server did not start: {' '.join(self.command)}")

    def __exit__(self, *exc: object) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure_row(
    wrk: str, server: str, endpoint: str, url: str, headers: dict[str, str], args: argparse.Namespace
) -> Row:
    runs = measure(wrk, url, headers, args, label=f"{server}: {endpoint}")
    return Row(
        server=server,
        endpoint=endpoint,
        rps=statistics.median(r.rps for r in runs),
        p50_ms=statistics.median(r.p50_ms for r in runs),
        p99_ms=statistics.median(r.p99_ms for r in runs),
        runs=runs,
    )


def measure(wrk: str, url: str, headers: dict[str, str], args: argparse.Namespace, *, label: str) -> list[Run]:
    # Behind the router every request arrives as forwarded HTTPS (no SSL redirect).
    headers = {"X-Forwarded-Proto": "https", **headers}
    run_wrk(wrk, url, headers, args, duration=2)  # warm-up: connections, imports, caches
    runs = [run_wrk(wrk, url, headers, args, duration=args.duration) for _ in range(args.runs)]
    print(f"  {label}: " + ", ".join(f"{r.rps:,.0f} req/s p99 {r.p99_ms:.1f} ms" for r in runs), flush=True)
    bad = [r for r in runs if r.errors]
    if bad:
        raise SystemExit(f"{label}: {bad[0].errors} failed requests (non-2xx or socket errors); figures void")
    return runs


def run_wrk(wrk: str, url: str, headers: dict[str, str], args: argparse.Namespace, *, duration: int) -> Run:
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    return parse_wrk(out)


_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(out: str) -> Run:
    def latency(percent: str) -> float:
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if not match:
            raise ValueError(f"no {percent}% latency in wrk output:\n{out}")
        return float(match.group(1)) * _UNIT_MS[match.group(2)]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        # Read errors are connection closes by the sync worker (no keep-alive), not failures.
        errors += int(match.group(1)) + int(match.group(3)) + int(match.group(4))
    return Run(rps=rps, p50_ms=latency("50"), p99_ms=latency("99"), errors=errors)


def summary(rows: list[Row]) -> list[dict[str, object]]:
    """Per HumanLink server: /me against the bare Ninja app and against its own ping."""
    bare = next((r for r in rows if r.endpoint == BASELINE_ENDPOINT), None)
    own_ping = {r.server: r for r in rows if r.endpoint == "GET /api/health/ping"}
    out = []
    for row in rows:
        if row.endpoint != "GET /api/users/me":
            continue
        ping = own_ping.get(row.server)
        out.append(
            {
                "server": row.server,
                "me_rps": round(row.rps),
                "me_p50_ms": round(row.p50_ms, 2),
                "me_p99_ms": round(row.p99_ms, 2),
                "bare_ninja_rps": round(bare.rps) if bare else None,
                "bare_ninja_p99_ms": round(bare.p99_ms, 2) if bare else None,
                "own_ping_rps": round(ping.rps) if ping else None,
                "me_vs_bare_ninja": round(row.rps / bare.rps, 3) if bare else None,
                "me_vs_own_ping": round(row.rps / ping.rps, 3) if ping else None,
            }
        )
    return out


def print_table(rows: list[Row], calibration: list[Run] | None, args: argparse.Namespace) -> None:
    bare = next((r.rps for r in rows if r.endpoint == BASELINE_ENDPOINT), 0.0)
    print()
    print(
        f"wrk -t{args.threads} -c{args.connections}, {args.runs} runs x {args.duration}s per line, medians; "
        f"{os.cpu_count()} CPUs; PostgreSQL; DJANGO_ENV=production"
    )
    if calibration:
        rps = statistics.median(r.rps for r in calibration)
        p99 = statistics.median(r.p99_ms for r in calibration)
        print(f"load generator ceiling (bare ASGI app, uvicorn 1 worker): {rps:,.0f} req/s, p99 {p99:.2f} ms")
    print()
    cells = [f"{'server':<34}", f"{'endpoint':<22}", f"{'req/s':>8}", f"{'p50 ms':>7}", f"{'p99 ms':>7}"]
    cells += [f"{'me/own ping':>11}", f"{'me/bare Ninja':>13}"]
    header = "| " + " | ".join(cells) + " |"
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    bare_of = {r.server: r.rps for r in rows if "ping" in r.endpoint}
    for row in rows:
        ratio = best = ""
        if "me" in row.endpoint and bare_of.get(row.server):
            ratio = f"{row.rps / bare_of[row.server]:.0%}"
        if "me" in row.endpoint and bare:
            best = f"{row.rps / bare:.0%}"
        print(
            f"| {row.server:<34} | {row.endpoint:<22} | {row.rps:>8,.0f} | {row.p50_ms:>7.2f} | {row.p99_ms:>7.2f} "
            f"| {ratio:>11} | {best:>13} |"
        )


CPU_VARIANTS = {"default settings": {}, "no prepared statements": {"DB_PREPARED_STATEMENTS": "false"}}


def cpu_costs(env: dict[str, str], token: str) -> dict[str, dict[str, dict[str, float]]]:
    out = {}
    for label, extra in CPU_VARIANTS.items():
        result = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "cpu_cost.py"), token],
            cwd=ROOT,
            env={**env, **extra},
            check=True,
            capture_output=True,
            text=True,
        )
        out[label] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def print_cpu_table(cpu: dict[str, dict[str, dict[str, float]]]) -> None:
    if not cpu:
        return
    print()
    print("CPU per request, in process (WSGI handler, median of 5 x 500), Python + its PostgreSQL backend:")
    cells = [f"{'settings':<20}", f"{'endpoint':<22}", f"{'Python us':>9}", f"{'PostgreSQL us':>13}"]
    cells += [f"{'total us':>8}", f"{'me/bare':>7}"]
    print("| " + " | ".join(cells) + " |")
    print(f"|{'-' * 22}|{'-' * 24}|{'-' * 11}|{'-' * 15}|{'-' * 10}|{'-' * 9}|")
    for label, result in cpu.items():
        bare_total = result["ping"]["python_us"] + result["ping"]["postgres_us"]
        for key, endpoint in (("ping", "GET /api/health/ping"), ("me", "GET /api/users/me")):
            py, pg = result[key]["python_us"], result[key]["postgres_us"]
            # Throughput on a CPU-bound box goes as 1/CPU: me/bare = bare cost / me cost.
            ratio = f"{bare_total / (py + pg):.0%}" if key == "me" else ""
            print(f"| {label:<20} | {endpoint:<22} | {py:>9.0f} | {pg:>13.0f} | {py + pg:>8.0f} | {ratio:>7} |")


def save(rows: list[Row], calibration: list[Run] | None, cpu: dict, args: argparse.Namespace) -> None:
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "command": "python " + " ".join(["bench/http_me.py", *sys.argv[1:]]),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cpus": os.cpu_count(),
        "load_average_before": list(LOAD_BEFORE),
        "summary": summary(rows),
        "args": {k: v for k, v in vars(args).items()},
        "calibration": [asdict(r) for r in calibration or []],
        "rows": [asdict(r) for r in rows],
        "cpu_per_request": cpu,
    }
    (out / "http_me.json").write_text(json.dumps(payload, indent=2))


if __name__ == "__main__":
    sys.exit(main())
