"""Benchmark: GET /api/matches against 100,000 seeded friends on PostgreSQL.

    PYTHONPATH=src:. python bench/matching.py [--count 100000] [--requests 200] [--runs 3]

What it does:
1. Points Django at a dedicated PostgreSQL database (BENCH_DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/hl_bench_matching), creates it if missing, migrates,
   and seeds friends with `manage.py seed_friends` when fewer than --count exist.
2. Builds the population snapshot once (reported: the cost a process pays at start and after
   changes, in the background).
3. Times, in the same process and on the same data, per run:
   - `GET /api/matches` end to end through Django's full request stack (URL routing,
     middleware, JWT auth, service, SQL re-check, JSON) with the in-process test Client: no
     network socket, so add about a millisecond of loopback HTTP for a real server;
   - the scoring step alone: `score_population` + `best_rows` for one user;
   - the naive alternative: `score_pair` in a Python loop over every friend, then a sort.
   Each run reports p50/p99; the final figures are medians over the runs, with the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/hl_bench_matching"


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


def _timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="GET /api/matches per run")
    parser.add_argument("--naive", type=int, default=3, help="naive full loops per run (seconds each)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    _ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("MATCHING_POPULATION_BACKGROUND", "false")

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("seed_friends", count=args.count)

    import numpy as np

    from core.clock import SystemClock
    from modules.accounts.models import User
    from modules.matching.domain.candidates import Filters, best_rows, filter_mask, person_at
    from modules.matching.domain.scoring import score_pair, score_population
    from modules.matching.services import matching as services
    from modules.matching.services.population import population
    from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion
    from tests.modules.accounts.factories import bearer
    from tests.modules.matching.factories import answers

    user = User.objects.filter(email="bench-user@bench.humanlink.local").first()
    if user is None:
        user = User.objects.create_user("bench-user@bench.humanlink.local", None)
        user.profile.languages, user.profile.timezone = ["en", "es"], "Europe/Berlin"
        user.profile.save()
    QuestionnaireAnswers.objects.update_or_create(
        user=user,
        version=QuestionnaireVersion.objects.get(is_current=True),
        defaults={"answers": answers(social_energy=4, conversation_style="deep")},
    )

    clock = SystemClock()
    population.reset()
    start = time.perf_counter()
    snapshot = population.current(clock=clock)
    build_s = time.perf_counter() - start
    n = len(snapshot.candidates)
    print(f"population: {n} eligible friends of {args.count} seeded, built in {build_s:.1f} s")

    deps = services.default_deps()
    person = services._user_person(deps, snapshot, user.pk)
    friends = [person_at(snapshot.questions, snapshot.candidates, i) for i in range(n)]

    def vectorised() -> None:
        scores = score_population(snapshot.questions, person, snapshot.candidates.pop)
        best_rows(scores, filter_mask(snapshot.candidates, Filters()), 20)

    def naive() -> None:
        scored = [score_pair(snapshot.questions, person, f) for f in friends]
        sorted((s for s in scored if s.score >= 0), key=lambda s: (-s.score, s.friend_id))[:20]

    client = Client()
    headers = bearer(user)
    assert client.get("/api/matches", headers=headers).status_code == 200  # warm: snapshot, connection

    results: dict[str, list[tuple[float, float]]] = {"http": [], "scoring": [], "naive": []}
    for run in range(1, args.runs + 1):
        http = _timed(lambda: client.get("/api/matches", headers=headers), args.requests)
        scoring = _timed(vectorised, args.requests)
        loop = _timed(naive, args.naive)
        for name, values in (("http", http), ("scoring", scoring), ("naive", loop)):
            results[name].append((statistics.median(values), _percentile(values, 0.99)))
        print(
            f"run {run}: GET /api/matches p50 {statistics.median(http):.1f} ms p99 {_percentile(http, 0.99):.1f} ms | "
            f"scoring p50 {statistics.median(scoring):.1f} ms | naive loop p50 {statistics.median(loop):.0f} ms"
        )

    def med(name: str, i: int) -> float:
        return statistics.median(r[i] for r in results[name])

    print()
    print(f"friends in population           {n:>10,}")
    print(f"GET /api/matches (in-process)   p50 {med('http', 0):8.1f} ms   p99 {med('http', 1):8.1f} ms")
    print(f"scoring step (numpy)            p50 {med('scoring', 0):8.1f} ms   p99 {med('scoring', 1):8.1f} ms")
    print(f"naive score_pair loop           p50 {med('naive', 0):8.1f} ms   p99 {med('naive', 1):8.1f} ms")
    print(f"scoring speed-up vs naive       {med('naive', 0) / med('scoring', 0):8.0f}x")
    print(f"end-to-end speed-up vs naive    {med('naive', 0) / med('http', 0):8.0f}x")
    print(f"(medians over {args.runs} runs; numpy {np.__version__})")


if __name__ == "__main__":
    main()
