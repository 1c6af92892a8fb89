"""The friend population as numpy columns: scoring (see `scoring`), filters, exclusions and the
top of the ranking, without a Python loop over friends.

Rows are ordered by friend id, so "ties go to the lower id" is "ties go to the lower row".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from modules.matching.domain.scoring import (
    HOURS_PER_WEEK,
    Kind,
    Person,
    Population,
    QuestionSpec,
    Response,
    encode_population,
)

SESSION_TYPES = ("text", "voice", "video")
NOT_OFFERED = -1
# Placeholder for a stored option the question no longer has: it equals nothing the user can answer.
_UNKNOWN_OPTION = "\x00unknown"


@dataclass(frozen=True)
class FriendEntry:
    person: Person
    session_types: tuple[str, ...]
    prices_minor: Mapping[str, int]


@dataclass(frozen=True)
class Candidates:
    pop: Population
    session_types: np.ndarray  # uint8 (n,): bit i = offers SESSION_TYPES[i]
    prices: np.ndarray  # int64 (n, 3): price in minor units per session type, NOT_OFFERED if not offered
    raw_rating: np.ndarray  # float64 (n,): average rating, NaN when none yet

    def __len__(self) -> int:
        return len(self.pop.ids)


@dataclass(frozen=True)
class Filters:
    session_type: str | None = None
    language: str | None = None
    max_price_minor: int | None = None


def build_candidates(questions: Sequence[QuestionSpec], entries: Iterable[FriendEntry]) -> Candidates:
    ordered = sorted(entries, key=lambda e: e.person.person_id)
    n = len(ordered)
    types = np.zeros(n, dtype=np.uint8)
    prices = np.full((n, len(SESSION_TYPES)), NOT_OFFERED, dtype=np.int64)
    raw_rating = np.full(n, np.nan)
    for i, entry in enumerate(ordered):
        for t, name in enumerate(SESSION_TYPES):
            if name in entry.session_types:
                types[i] |= 1 << t
                prices[i, t] = int(entry.prices_minor.get(name, 0))
        if entry.person.rating is not None:
            raw_rating[i] = entry.person.rating
    pop = encode_population(questions, [e.person for e in ordered])
    return Candidates(pop=pop, session_types=types, prices=prices, raw_rating=raw_rating)


def filter_mask(c: Candidates, filters: Filters) -> np.ndarray:
    """Rows that pass the list filters. A maximum price applies to the chosen session type, or
    without one, to the friend's cheapest offered type."""
    n = len(c)
    keep = np.ones(n, dtype=bool)
    if filters.session_type is not None:
        t = SESSION_TYPES.index(filters.session_type)
        keep &= (c.session_types & np.uint8(1 << t)) != 0
    if filters.language is not None:
        bit = c.pop.language_index.get(filters.language)
        if bit is None:
            return np.zeros(n, dtype=bool)
        keep &= (c.pop.languages & np.uint64(1 << bit)) != 0
    if filters.max_price_minor is not None:
        limit = filters.max_price_minor
        if filters.session_type is not None:
            price = c.prices[:, SESSION_TYPES.index(filters.session_type)]
            keep &= (price != NOT_OFFERED) & (price <= limit)
        else:
            keep &= ((c.prices != NOT_OFFERED) & (c.prices <= limit)).any(axis=1)
    return keep


def rows_of(c: Candidates, friend_ids: Iterable[int]) -> np.ndarray:
    """Row numbers of those ids that are in the population."""
    wanted = np.fromiter(friend_ids, dtype=np.int64)
    if wanted.size == 0 or len(c) == 0:
        return np.zeros(0, dtype=np.int64)
    rows = np.searchsorted(c.pop.ids, wanted)
    inside = rows < len(c)
    rows, wanted = rows[inside], wanted[inside]
    return rows[c.pop.ids[rows] == wanted]


def best_rows(scores: np.ndarray, allowed: np.ndarray, k: int) -> np.ndarray:
    """The `k` best allowed, non-excluded rows, best first; equal scores by lower row (= lower id).

    `argpartition` finds the k best in linear time; only those k are sorted."""
    rows = np.flatnonzero(allowed & (scores >= 0))
    if rows.size == 0 or k <= 0:
        return np.zeros(0, dtype=np.int64)
    # One integer key per row: lower is better; unique, so the order is total and deterministic.
    key = (100 - scores[rows]) * (len(scores) + 1) + rows
    if k < rows.size:
        top = np.argpartition(key, k - 1)[:k]
        return rows[top[np.argsort(key[top])]]
    return rows[np.argsort(key)]


def person_at(questions: Sequence[QuestionSpec], c: Candidates, row: int) -> Person:
    """The friend in `row` back as a `Person`, exactly as the columns scored them (for `score_pair`)."""
    pop = c.pop
    responses: dict[str, Response] = {}
    for qi, q in enumerate(questions):
        if not pop.answered[qi][row]:
            continue
        code = int(pop.values[qi][row])
        value: str | int | tuple[str, ...]
        if q.kind == Kind.SCALE:
            value = code
        elif q.kind == Kind.SINGLE:
            value = q.options[code] if 0 <= code < len(q.options) else _UNKNOWN_OPTION
        else:
            value = tuple(key for j, key in enumerate(q.options) if code >> j & 1)
        responses[q.key] = Response(value, int(pop.importance[qi][row]), bool(pop.mandatory[qi][row]))
    mask = int(pop.languages[row])
    languages = frozenset(lang for lang, bit in pop.language_index.items() if mask >> bit & 1)
    words = [int(w) for w in pop.hours[row]]
    hours = frozenset(h for h in range(HOURS_PER_WEEK) if words[h // 64] >> (h % 64) & 1)
    rating = float(c.raw_rating[row])
    return Person(int(pop.ids[row]), responses, languages, hours, None if math.isnan(rating) else rating)


# --- the user's side ------------------------------------------------------------------------

WAKING_START_HOUR = 8
WAKING_END_HOUR = 22


def waking_hours_utc(timezone: str, *, week_start: date) -> frozenset[int]:
    """The user's waking hours (08:00–22:00 local every day) as UTC hours of the ISO week
    starting `week_start`, wrapping around the week's edges like friends' hours do."""
    zone = ZoneInfo(timezone)
    origin = datetime.combine(week_start, time(0), tzinfo=UTC)
    hours: set[int] = set()
    for d in range(7):
        day = week_start + timedelta(days=d)
        for hour in range(WAKING_START_HOUR, WAKING_END_HOUR):
            local = datetime.combine(day, time(hour), tzinfo=zone)
            hours.add(int((local - origin).total_seconds() // 3600) % HOURS_PER_WEEK)
    return frozenset(hours)
