"""Seed many answered, available friends for load tests and benchmarks (`--count 100000`).

Rows go in with bulk_create, in batches, with a progress bar on stderr. Deterministic for a
given --seed; running it again only tops the population up to --count.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.identity import Role
from modules.accounts.models import FriendProfile, Profile, User
from modules.booking.models import FriendAvailability
from modules.matching.public import population_changed
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion

EMAIL = "seed-friend-{}@bench.humanlink.local"
LANGUAGES = ["en", "es", "de", "fr", "pt", "it", "ja", "zh", "hi", "ar", "ru", "nl"]
TIMEZONES = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Madrid",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Africa/Lagos",
]
# A few weekly patterns (local time) most friends follow.
PATTERNS = [
    [(d, 18 * 60, 21 * 60) for d in range(5)],
    [(d, 9 * 60, 12 * 60) for d in range(5)],
    [(5, 10 * 60, 16 * 60), (6, 10 * 60, 16 * 60)],
    [(d, 20 * 60, 23 * 60) for d in range(7)],
    [(0, 8 * 60, 17 * 60), (2, 8 * 60, 17 * 60), (4, 8 * 60, 17 * 60)],
]


class Progress:
    """A minimal progress bar: enough for a long bulk load, no dependency."""

    def __init__(self, total: int, stream=sys.stderr) -> None:
        self.total, self.done, self.stream, self.started = total, 0, stream, time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} ({rate:,.0f}/s)")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def _answer(rng: random.Random, question: dict[str, Any]) -> dict[str, Any]:
    options = [o["key"] for o in question.get("options") or []]
    if question["kind"] == "scale_1_5":
        value: Any = rng.randint(1, 5)
    elif question["kind"] == "single_choice":
        value = rng.choice(options)
    else:
        value = rng.sample(options, rng.randint(1, min(4, len(options))))
    return {
        "question": question["key"],
        "value": value,
        "importance": rng.randint(0, 5),
        "mandatory": rng.random() < 0.03,
    }


class Command(BaseCommand):
    help = "Seed answered friends with availability (bulk, batched, with a progress bar)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--count", type=int, default=100_000)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args: Any, count: int, batch: int, seed: int, **options: Any) -> None:
        version = QuestionnaireVersion.objects.filter(is_current=True).first()
        if version is None:
            raise CommandError("No current questionnaire: run migrations first.")
        existing = User.objects.filter(
            email__startswith="seed-friend-", email__endswith="@bench.humanlink.local"
        ).count()
        if existing >= count:
            self.stdout.write(f"{existing} seeded friends already; nothing to do.")
            return
        password = make_password(None)  # unusable: these accounts cannot sign in
        progress = Progress(count - existing)
        for start in range(existing, count, batch):
            stop = min(start + batch, count)
            self._batch(range(start, stop), version, password, random.Random(seed * 1_000_003 + start))  # noqa: S311 - test data, not secrets
            progress.advance(stop - start)
        population_changed()
        self.stdout.write(f"seeded {count - existing} friends (now {count}).")

    @transaction.atomic
    def _batch(self, numbers: range, version: QuestionnaireVersion, password: str, rng: random.Random) -> None:
        users = User.objects.bulk_create(
            [User(email=EMAIL.format(n), password=password, role=Role.FRIEND) for n in numbers]
        )
        if any(u.pk is None for u in users):  # backends that cannot return ids
            users = list(User.objects.filter(email__in=[EMAIL.format(n) for n in numbers]).order_by("pk"))
        profiles, offers, answers, hours = [], [], [], []
        for n, user in zip(numbers, users, strict=True):
            tz = rng.choice(TIMEZONES)
            profiles.append(
                Profile(
                    user=user,
                    display_name=f"Friend {n}",
                    languages=rng.sample(LANGUAGES[:4], 1) + rng.sample(LANGUAGES, rng.randint(0, 2)),
                    timezone=tz,
                )
            )
            types = rng.sample(["text", "voice", "video"], rng.randint(1, 3))
            offers.append(
                FriendProfile(
                    user=user,
                    headline="Happy to talk",
                    session_types=types,
                    prices_minor={t: rng.choice([800, 1200, 1500, 2500, 3500]) for t in types},
                    session_lengths_minutes=[30, 60],
                    weekly_capacity=rng.choice([5, 10, 20]),
                    is_accepting=rng.random() < 0.9,
                )
            )
            answers.append(
                QuestionnaireAnswers(user=user, version=version, answers=[_answer(rng, q) for q in version.questions])
            )
            pattern = rng.choice(PATTERNS)
            hours.append(
                FriendAvailability(
                    friend=user,
                    timezone=tz,
                    weekly=[{"weekday": d, "start_minute": s, "end_minute": e} for d, s, e in pattern],
                    min_notice_minutes=120,
                )
            )
        Profile.objects.bulk_create(profiles)
        FriendProfile.objects.bulk_create(offers)
        QuestionnaireAnswers.objects.bulk_create(answers)
        FriendAvailability.objects.bulk_create(hours)
