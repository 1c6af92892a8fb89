"""Benchmark: the staff reports (/api/admin/stats/...) over 1,000,000 sessions on PostgreSQL.

    PYTHONPATH=src:. python bench/analytics.py [--sessions 1000000] [--repeat 15]

What it does:
1. Points Django at a dedicated PostgreSQL database (BENCH_DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/hl_bench_analytics), creates it if missing, migrates, and
   seeds it in SQL with generate_series (no row passes through Python) unless it already holds
   the sessions asked for: users (1 per 10 sessions) and friends (1 per 1,000 sessions) with
   sign-up sources, verified addresses, questionnaire answers, match decisions and
   subscriptions; sessions over about a year in every state, cancellations with who and when,
   ledger lines for completed sessions, premium payments, payouts, ratings, conversations and
   messages. Then ANALYZE.
2. Times, in the same process and on the same data, each report end to end through Django's
   request stack as a manager (in-process test Client: routing, middleware, JWT, services, SQL,
   JSON), JSON and CSV, over the last 90 days by day (and the funnel over a year by month);
   beside it a plain `SELECT count(*)` over the table each report mostly reads.
3. Writes p50/p99 (ms) to bench/results/analytics.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/hl_bench_analytics"
NOW = datetime(2030, 6, 3, tzinfo=UTC)
SLOT_HOURS = 8  # one friend's consecutive sessions are this far apart: no overlaps


def _ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(fn, repeat: int) -> dict[str, float]:
    fn()  # warm the plan cache and the buffers once
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": round(_percentile(out, 0.5), 1), "p99_ms": round(_percentile(out, 0.99), 1)}


def _seed_sql(sessions: int) -> list[str]:
    users = max(10, sessions // 10)
    friends = max(1, sessions // 1000)
    slots = -(-sessions // friends)
    first = NOW - timedelta(hours=SLOT_HOURS * slots) + timedelta(days=30)  # the last month is ahead
    t0 = f"timestamptz '{first.isoformat()}'"
    now = f"timestamptz '{NOW.isoformat()}'"
    return [
        # People: users joined over the year before NOW, friends before them.
        "INSERT INTO accounts_user (password, is_superuser, email, role, is_active, is_staff, date_joined) "
        f"SELECT '!', false, 'u' || g || '@bench.invalid', 'user', true, false, "
        f"{now} - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second' "
        f"FROM generate_series(1, {users}) g",
        "INSERT INTO accounts_user (password, is_superuser, email, role, is_active, is_staff, date_joined) "
        f"SELECT '!', false, 'f' || g || '@bench.invalid', 'friend', true, false, {now} - interval '400 days' "
        f"FROM generate_series(1, {friends}) g",
        "INSERT INTO accounts_user (password, is_superuser, email, role, is_active, is_staff, date_joined) "
        f"VALUES ('!', false, 'manager@bench.invalid', 'manager', true, false, {now})",
        "CREATE TABLE bench_users AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n "
        "FROM accounts_user WHERE role = 'user'",
        "CREATE TABLE bench_friends AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n "
        "FROM accounts_user WHERE role = 'friend'",
        "CREATE UNIQUE INDEX ON bench_users (n)",
        "CREATE UNIQUE INDEX ON bench_friends (n)",
        "INSERT INTO accounts_profile (user_id, display_name, bio, languages, timezone, avatar_key, updated_at) "
        f"SELECT id, 'p' || id, '', '[]', 'UTC', '', {now} FROM accounts_user",
        "INSERT INTO accounts_friendprofile (user_id, headline, session_types, prices_minor, currency, "
        "session_lengths_minutes, weekly_capacity, is_accepting, updated_at) "
        "SELECT id, '', '[\"text\",\"voice\",\"video\"]', '{}', 'usd', '[30,60]', 10 + n % 20, true, "
        f"{now} FROM bench_friends",
        "INSERT INTO accounts_signupsource (user_id, source, utm_source, utm_medium, utm_campaign, utm_term, "
        "utm_content, referrer, created_at) "
        "SELECT u.id, (ARRAY['google','newsletter','partner','tiktok'])[1 + n % 4], "
        "(ARRAY['google','newsletter','partner','tiktok'])[1 + n % 4], 'cpc', 'c' || n % 7, '', '', '', "
        "a.date_joined FROM bench_users u JOIN accounts_user a ON a.id = u.id WHERE n % 5 <> 0",
        'INSERT INTO account_emailaddress (user_id, email, verified, "primary") '
        "SELECT u.id, a.email, n % 10 <> 0, true FROM bench_users u JOIN accounts_user a ON a.id = u.id",
        "INSERT INTO personality_questionnaireanswers (user_id, version_id, answers, created_at, updated_at) "
        "SELECT id, (SELECT min(id) FROM personality_questionnaireversion), '[]', "
        f"{now} - (n % 300) * interval '1 day', {now} FROM bench_users WHERE n % 10 < 7",
        "INSERT INTO matching_matchdecision (user_id, friend_id, decision, decided_at) "
        "SELECT u.id, f.id, CASE WHEN u.n % 3 = 0 THEN 'declined' ELSE 'accepted' END, "
        f"{now} - (u.n % 250) * interval '1 day' "
        f"FROM bench_users u JOIN bench_friends f ON f.n = u.n % {friends} WHERE u.n % 10 < 5",
        "INSERT INTO billing_plan (code, name, interval, price_minor, currency, stripe_price_id, session_types, "
        f"sessions_per_period, is_active, created_at) VALUES ('bench', 'Bench', 'month', 2900, 'usd', "
        f'\'price_bench\', \'["text","voice","video"]\', 4, true, {now})',
        "INSERT INTO billing_subscription (user_id, plan_id, stripe_subscription_id, status, current_period_end, "
        "trial_end, cancel_at_period_end, synced_at) "
        "SELECT id, (SELECT id FROM billing_plan WHERE code = 'bench'), 'sub_bench_' || n, "
        "(ARRAY['active','active','trialing','canceled','past_due'])[1 + n % 5], "
        f"{now} + (n % 30) * interval '1 day', {now} - (n % 200) * interval '1 day', false, {now} "
        "FROM bench_users WHERE n % 10 < 4",
        # Sessions: friend i % F, its (i / F)-th slot; users spread so that none overlaps either.
        'INSERT INTO booking_session (user_id, friend_id, session_type, start, "end", status, price_minor, '
        "currency, created_at) "
        "SELECT u.id, f.id, (ARRAY['text','voice','video'])[1 + g % 3], s.start, "
        "s.start + (30 + 30 * (g % 2)) * interval '1 minute', "
        f"CASE WHEN s.start > {now} THEN 'booked' "
        "WHEN g * 31 % 100 < 10 THEN 'cancelled' WHEN g * 31 % 100 < 13 THEN 'no_show_user' "
        "WHEN g * 31 % 100 < 15 THEN 'no_show_friend' ELSE 'completed' END, 3000, 'usd', "
        "s.start - interval '3 days' "
        f"FROM generate_series(0, {sessions - 1}) g "
        f"CROSS JOIN LATERAL (SELECT {t0} + (g / {friends}) * interval '{SLOT_HOURS} hours' AS start) s "
        f"JOIN bench_friends f ON f.n = g % {friends} "
        f"JOIN bench_users u ON u.n = (g::bigint * 7919) % {users}",
        "INSERT INTO booking_sessiontransition (session_id, from_status, to_status, actor_id, reason, at) "
        "SELECT id, 'booked', 'cancelled', CASE id % 3 WHEN 0 THEN user_id WHEN 1 THEN friend_id END, '', "
        "start - (1 + id % 300) * interval '1 hour' FROM booking_session WHERE status = 'cancelled'",
        # The ledger: an earning journal (revenue, friend, fees) per completed session, some refunds.
        "INSERT INTO billing_ledgerentry (journal, entry_key, account, friend_id, amount_minor, currency, kind, "
        "session_id, charge_ref, available_at, created_at) "
        "SELECT 'earning:' || s.id, 'earning:session:' || s.id, a.account, s.friend_id, a.amount, 'usd', "
        "'earning', s.id, '', s.\"end\" + interval '7 days', s.\"end\" "
        "FROM booking_session s CROSS JOIN (VALUES ('revenue', -3000), ('friend', 2400), ('fees', 600)) "
        "AS a(account, amount) WHERE s.status = 'completed'",
        "INSERT INTO billing_ledgerentry (journal, entry_key, account, friend_id, amount_minor, currency, kind, "
        "session_id, charge_ref, available_at, created_at) "
        "SELECT 'refund:' || s.id, 'refund:session:' || s.id, 'friend', s.friend_id, -2400, 'usd', "
        "CASE WHEN s.id % 2 = 0 THEN 'refund' ELSE 'chargeback' END, s.id, '', "
        "s.\"end\" + interval '2 days', s.\"end\" + interval '2 days' "
        "FROM booking_session s WHERE s.status = 'completed' AND s.id % 50 = 0",
        "INSERT INTO billing_premiumpayment (session_id, user_id, friend_id, amount_minor, currency, status, "
        "stripe_payment_intent_id, refunded_minor, refund_requested_minor, disputed, expires_at, created_at, "
        "updated_at) "
        "SELECT id, user_id, friend_id, 3000, 'usd', CASE WHEN id % 40 = 0 THEN 'refunded' ELSE 'succeeded' END, "
        "'pi_bench_' || id, CASE WHEN id % 40 = 0 THEN 3000 ELSE 0 END, 0, id % 97 = 0, "
        "created_at + interval '30 minutes', created_at, created_at "
        "FROM booking_session WHERE id % 10 = 0 AND status <> 'cancelled'",
        "INSERT INTO billing_payout (friend_id, amount_minor, currency, status, idempotency_key, created_at) "
        "SELECT f.id, 10000 + w * 10, 'usd', CASE WHEN w % 20 = 0 THEN 'failed' ELSE 'paid' END, "
        f"'po_bench_' || f.id || '_' || w, {t0} + w * interval '1 week' "
        "FROM bench_friends f CROSS JOIN generate_series(0, 51) w",
        "INSERT INTO feedback_rating (session_id, rater_id, ratee_id, rater_side, stars, comment, show_identity, "
        "counted, created_at, hidden_reason) "
        "SELECT id, user_id, friend_id, 'user', 1 + id % 5, '', false, true, \"end\" + interval '1 hour', '' "
        "FROM booking_session WHERE status = 'completed' AND id % 2 = 0",
        # Chat: one conversation per matched pair, messages at half the sessions' rate.
        "INSERT INTO chat_conversation (kind, key, title, last_seq, closed, created_at) "
        f"SELECT 'direct', 'bench:' || g, '', 10, false, {t0} FROM generate_series(1, {users // 2}) g",
        "CREATE TABLE bench_conversations AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n "
        "FROM chat_conversation WHERE key LIKE 'bench:%'",
        "CREATE UNIQUE INDEX ON bench_conversations (n)",
        "INSERT INTO chat_message (conversation_id, seq, sender_id, client_id, body, created_at) "
        "SELECT c.id, g / (SELECT count(*) FROM bench_conversations) + 1, u.id, 'b' || g, 'hello', "
        f"{now} - (g % 365) * interval '1 day' - (g % 3600) * interval '1 second' "
        f"FROM generate_series(0, {sessions // 2 - 1}) g "
        f"JOIN bench_conversations c ON c.n = g % {users // 2} "
        f"JOIN bench_users u ON u.n = g % {users}",
        "ANALYZE",
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "analytics.json"))
    args = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    _ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("MATCHING_POPULATION_BACKGROUND", "false")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from ninja_jwt.tokens import RefreshToken

    from core.clock import FrozenClock
    from entrypoints.container import get_container
    from modules.accounts.models import User

    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM booking_session")
        present = cursor.fetchone()[0]
    seeding_s = None
    if present < args.sessions:
        if present:
            sys.exit(f"{url} holds {present} sessions, fewer than asked: drop the database and rerun")
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for statement in _seed_sql(args.sessions):
                cursor.execute(statement)
        seeding_s = round(time.perf_counter() - started, 1)

    counts = {}
    with connection.cursor() as cursor:
        for table in ("accounts_user", "booking_session", "billing_ledgerentry", "chat_message", "feedback_rating"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cursor.fetchone()[0]

    manager = User.objects.get(email="manager@bench.invalid")
    headers = {"Authorization": f"Bearer {RefreshToken.for_user(manager).access_token}"}
    client = Client()
    last_90 = {"start": (NOW - timedelta(days=90)).isoformat(), "end": NOW.isoformat(), "period": "day"}
    year = {"start": (NOW - timedelta(days=365)).isoformat(), "end": NOW.isoformat(), "period": "month"}

    def report(path: str, params: dict[str, str]):
        def call() -> None:
            response = client.get(f"/api/admin/stats/{path}", params, headers=headers)
            assert response.status_code == 200, response.content

        return call

    def plain_count(table: str):
        def call() -> None:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) FROM {table}")
                cursor.fetchone()

        return call

    cases = [
        ("funnel (90 days by day)", report("funnel", last_90), "accounts_user"),
        ("funnel (a year by month)", report("funnel", year), "accounts_user"),
        ("sessions (90 days by day)", report("sessions", last_90), "booking_session"),
        ("revenue (90 days by day)", report("revenue", last_90), "billing_ledgerentry"),
        (
            "friends (90 days, first page)",
            report("friends", {k: last_90[k] for k in ("start", "end")}),
            "booking_session",
        ),
        ("chat (90 days by day)", report("chat", last_90), "chat_message"),
        ("sessions CSV (90 days by day)", report("sessions/csv", last_90), "booking_session"),
    ]
    results = []
    with get_container().clock.override(FrozenClock(NOW)):
        for name, fn, table in cases:
            results.append(
                {
                    "report": name,
                    **_timed(fn, args.repeat),
                    "baseline": f"SELECT count(*) FROM {table}",
                    "baseline_timing": _timed(plain_count(table), args.repeat),
                }
            )
            print(json.dumps(results[-1]))

    out = {
        "benchmark": "analytics reports over PostgreSQL",
        "command": "flock /tmp/hl-bench.lock env PYTHONPATH=src:. .venv/bin/python bench/analytics.py",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "load_1m": os.getloadavg()[0]},
        "rows": counts,
        "seeding_seconds": seeding_s,
        "repeat": args.repeat,
        "through": "Django test Client as a manager: full request stack, JSON or CSV; no network socket",
        "design_target": "p50 < 200 ms per report at 1M sessions",
        "results": results,
    }
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
