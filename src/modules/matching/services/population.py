"""The friend population, encoded once per process and shared by every request.

Building it reads every eligible friend in bulk (a handful of queries, seconds for 100,000
friends); scoring a user against it is then a few numpy passes. Freshness:
- a shared token in the Django cache (Redis when configured) changes whenever matching inputs
  change (`population_changed`, called from the event handlers after commit);
- each process compares its snapshot's token on every request (one cache read) and rebuilds
  when it differs, at most every `MATCHING_POPULATION_REBUILD_SECONDS`, in a background thread
  while the previous snapshot keeps serving (so staleness is bounded by that interval plus a
  build), and anyway after `MATCHING_POPULATION_MAX_AGE_SECONDS` or when the ISO week turns;
- the request path re-checks the friends it is about to return against the database, so a
  stale snapshot can rank a friend too high or too low, but never show one who is gone.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connections

from core.clock import Clock
from modules.booking.public import week_start_of
from modules.matching.domain.candidates import Candidates, FriendEntry, build_candidates
from modules.matching.domain.scoring import Kind, Person, QuestionSpec, Response
from modules.matching.services.directory import AnswerSet, PublicDirectory, Questionnaire

logger = logging.getLogger(__name__)

TOKEN_KEY = "matching:population:token"


@dataclass(frozen=True)
class Snapshot:
    token: str
    week: date
    questionnaire_version: int | None
    questions: tuple[QuestionSpec, ...]
    question_texts: dict[str, str]
    candidates: Candidates
    built_at: float = field(default_factory=time.monotonic)


def question_specs(questionnaire: Questionnaire | None) -> tuple[QuestionSpec, ...]:
    if questionnaire is None:
        return ()
    return tuple(
        QuestionSpec(q.key, Kind(q.kind.value), tuple(o.key for o in q.options)) for q in questionnaire.questions
    )


def person_of(
    person_id: int,
    answers: AnswerSet | None,
    *,
    languages: Iterable[str],
    hours: frozenset[int],
    rating: float | None = None,
) -> Person:
    responses = {a.question: Response(a.value, a.importance, a.mandatory) for a in answers.answers} if answers else {}
    return Person(person_id, responses, frozenset(languages), hours, rating)


def build_snapshot(directory: PublicDirectory, *, now: datetime, token: str) -> Snapshot:
    """Every active, accepting friend below their weekly capacity, encoded for scoring."""
    questionnaire = directory.questionnaire()
    questions = question_specs(questionnaire)
    listings = [f for f in directory.friend_listings(None) if f.is_accepting]
    full = directory.at_capacity({f.friend_id: f.weekly_capacity for f in listings}, now=now)
    listings = [f for f in listings if f.friend_id not in full]
    wanted = {f.friend_id for f in listings}
    # Streaming everyone's answers beats sending 100,000 ids in IN lists.
    answers = {a.user_id: a for a in directory.all_answers() if a.user_id in wanted}
    hours = directory.weekly_hours(None, now=now)
    ratings = directory.ratings(None)
    entries = [
        FriendEntry(
            person_of(
                f.friend_id,
                answers.get(f.friend_id),
                languages=f.languages,
                hours=hours.get(f.friend_id, frozenset()),
                rating=ratings.get(f.friend_id),
            ),
            f.session_types,
            f.prices_minor,
        )
        for f in listings
    ]
    return Snapshot(
        token=token,
        week=week_start_of(now),
        questionnaire_version=questionnaire.version if questionnaire else None,
        questions=questions,
        question_texts={q.key: q.text for q in questionnaire.questions} if questionnaire else {},
        candidates=build_candidates(questions, entries),
    )


def shared_token() -> str:
    token = cache.get(TOKEN_KEY)
    if token is None:
        cache.add(TOKEN_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(TOKEN_KEY) or "unshared"
    return token


def population_changed() -> None:
    """Tell every process that matching inputs changed (call after commit)."""
    cache.set(TOKEN_KEY, uuid.uuid4().hex, timeout=None)


def _build(directory: PublicDirectory, *, now: datetime, token: str) -> Snapshot:
    # Millions of small objects are created and dropped; the cyclic collector would rescan them
    # over and over (it doubled the build time). They hold no cycles worth collecting meanwhile.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return build_snapshot(directory, now=now, token=token)
    finally:
        if was_enabled:
            gc.enable()


class PopulationCache:
    def __init__(self, *, directory: PublicDirectory | None = None) -> None:
        self._directory = directory or PublicDirectory()
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._building = False
        self._last_build_started = 0.0

    def reset(self) -> None:
        with self._lock:
            self._snapshot = None

    def current(self, *, clock: Clock, fresh: bool = False) -> Snapshot:
        """The snapshot to score against. `fresh`: rebuild now if it is stale (background jobs)."""
        token = shared_token()
        now = clock.now()
        snapshot = self._snapshot
        if snapshot is None:
            return self._build_now(token, now)
        age = time.monotonic() - snapshot.built_at
        stale = (
            snapshot.token != token
            or snapshot.week != week_start_of(now)
            or age > settings.MATCHING_POPULATION_MAX_AGE_SECONDS
        )
        if not stale:
            return snapshot
        if fresh or not settings.MATCHING_POPULATION_BACKGROUND:
            return self._build_now(token, now)
        self._rebuild_in_background(token, now)
        return snapshot

    def _build_now(self, token: str, now: datetime) -> Snapshot:
        with self._lock:
            snapshot = self._snapshot
            if snapshot is not None and snapshot.token == token and snapshot.week == week_start_of(now):
                return snapshot  # another thread just built it
            self._last_build_started = time.monotonic()
            snapshot = _build(self._directory, now=now, token=token)
            self._snapshot = snapshot
            return snapshot

    def _rebuild_in_background(self, token: str, now: datetime) -> None:
        with self._lock:
            if self._building:
                return
            if time.monotonic() - self._last_build_started < settings.MATCHING_POPULATION_REBUILD_SECONDS:
                return
            self._building = True
            self._last_build_started = time.monotonic()

        def run() -> None:
            try:
                snapshot = _build(self._directory, now=now, token=token)
                with self._lock:
                    self._snapshot = snapshot
            except Exception:  # the old snapshot keeps serving; the next request tries again
                logger.exception("rebuilding the matching population failed")
            finally:
                with self._lock:
                    self._building = False
                connections.close_all()  # this thread's connections only

        threading.Thread(target=run, name="matching-population", daemon=True).start()


population = PopulationCache()
