"""Compatibility between a user and a friend, 0–100, with the reasons behind it.

    score = 100 × (0.60 personality + 0.15 language + 0.15 schedule + 0.10 rating), rounded

- personality: per question a similarity s ∈ [0, 1] (single choice: same option; multiple
  choice: Jaccard overlap; 1–5 scale: 1 − |a − b| / 4). Each side's satisfaction is the
  average of s weighted by *that side's* importance (0–5); the pair's personality is the
  geometric mean of both satisfactions (OkCupid's idea: both must be happy). Questions only
  one side answered do not count; with nothing in common it is a neutral 0.5.
  A mismatch on a question either side marked mandatory excludes the pair.
- language: 1 when they share a language, else 0.
- schedule: the share of the friend's weekly hours (UTC hour-of-week) that fall in the
  user's waking hours; 0.5 when the friend has published no hours yet.
- rating: the friend's average rating mapped from 1–5 to 0–1; 0.6 until they have ratings.

Two implementations: `score_pair` (plain Python, also produces the explanation) and
`score_population` (numpy, one user against every friend at once). They must agree exactly;
a property test checks that, and bench/matching.py compares their speed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

WEIGHTS = {"personality": 0.60, "language": 0.15, "schedule": 0.15, "rating": 0.10}
NEUTRAL_PERSONALITY = 0.5
NEUTRAL_SCHEDULE = 0.5
NEUTRAL_RATING = 0.6
HOURS_PER_WEEK = 168


class Kind(StrEnum):
    SINGLE = "single_choice"
    MULTIPLE = "multiple_choice"
    SCALE = "scale_1_5"


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    kind: Kind
    options: tuple[str, ...] = ()  # option keys, for choice questions


@dataclass(frozen=True)
class Response:
    value: str | int | tuple[str, ...]
    importance: int  # 0..5, set by the answerer
    mandatory: bool = False


@dataclass(frozen=True)
class Person:
    person_id: int
    responses: Mapping[str, Response] = field(default_factory=dict)
    languages: frozenset[str] = frozenset()
    hours: frozenset[int] = (
        frozenset()
    )  # UTC hour-of-week (0 = Monday 00:00 UTC): friend's open hours / user's waking hours
    rating: float | None = None  # friend's average rating, 1..5


@dataclass(frozen=True)
class Reason:
    code: str  # "answer_match" | "shared_language" | "schedule_overlap" | "rating"
    detail: str
    weight: float


@dataclass(frozen=True)
class PairScore:
    friend_id: int
    score: int  # 0..100; -1 when excluded
    excluded_by: str | None = None
    reasons: tuple[Reason, ...] = ()


# --- similarity per question ---------------------------------------------------------------


def similarity(q: QuestionSpec, a: Response, b: Response) -> float:
    if q.kind == Kind.SINGLE:
        return 1.0 if a.value == b.value else 0.0
    if q.kind == Kind.MULTIPLE:
        sa, sb = set(a.value), set(b.value)  # type: ignore[arg-type]
        union = len(sa | sb)
        return len(sa & sb) / union if union else 1.0
    return 1.0 - abs(int(a.value) - int(b.value)) / 4.0  # type: ignore[arg-type]


def is_mismatch(q: QuestionSpec, s: float) -> bool:
    """What counts as "not matching" on a mandatory question."""
    if q.kind == Kind.SCALE:
        return s <= 0.5  # two or more steps apart on the 1–5 scale
    return s == 0.0  # different option / no option in common


def _combine(personality: float, language: float, schedule: float, rating: float) -> int:
    total = (
        WEIGHTS["personality"] * personality
        + WEIGHTS["language"] * language
        + WEIGHTS["schedule"] * schedule
        + WEIGHTS["rating"] * rating
    )
    # Round half up on a fixed grid so both implementations agree bit for bit.
    return math.floor(total * 100 + 0.5 + 1e-9)


def _rating_component(rating: float | None) -> float:
    return NEUTRAL_RATING if rating is None else (min(max(rating, 1.0), 5.0) - 1.0) / 4.0


def score_pair(questions: Sequence[QuestionSpec], user: Person, friend: Person) -> PairScore:
    """The reference implementation: one pair, with its explanation."""
    num_u = den_u = num_f = den_f = 0.0
    matches: list[tuple[float, str]] = []
    for q in questions:
        a, b = user.responses.get(q.key), friend.responses.get(q.key)
        if a is None or b is None:
            continue
        s = similarity(q, a, b)
        if (a.mandatory or b.mandatory) and is_mismatch(q, s):
            return PairScore(friend.person_id, -1, excluded_by=q.key)
        num_u += a.importance * s
        den_u += a.importance
        num_f += b.importance * s
        den_f += b.importance
        if s >= 0.75 and a.importance > 0:
            matches.append((a.importance * s, q.key))
    both = den_u > 0 and den_f > 0
    personality = math.sqrt((num_u / den_u) * (num_f / den_f)) if both else NEUTRAL_PERSONALITY
    shared = sorted(user.languages & friend.languages)
    language = 1.0 if shared else 0.0
    schedule = len(friend.hours & user.hours) / len(friend.hours) if friend.hours else NEUTRAL_SCHEDULE
    rating = _rating_component(friend.rating)
    score = _combine(personality, language, schedule, rating)

    reasons = [
        Reason("answer_match", key, WEIGHTS["personality"] * w / max(den_u, 1.0))
        for w, key in sorted(matches, key=lambda m: (-m[0], m[1]))[:3]
    ]
    if shared:
        reasons.append(Reason("shared_language", ",".join(shared), WEIGHTS["language"]))
    if friend.hours and schedule > 0:
        reasons.append(Reason("schedule_overlap", f"{round(schedule * 100)}%", WEIGHTS["schedule"] * schedule))
    if friend.rating is not None and friend.rating >= 4.0:
        reasons.append(Reason("rating", f"{friend.rating:.1f}", WEIGHTS["rating"] * rating))
    reasons.sort(key=lambda r: (-r.weight, r.code, r.detail))
    return PairScore(friend.person_id, score, reasons=tuple(reasons))


# --- vectorised: one user against a whole population ---------------------------------------


@dataclass(frozen=True)
class Population:
    """Friends encoded column-wise for fast scoring. Build once, score many users."""

    ids: np.ndarray  # int64 (n,)
    # per question: value codes (n,) and importance (n,) float, mandatory (n,) bool, answered (n,) bool
    values: tuple[np.ndarray, ...]
    importance: tuple[np.ndarray, ...]
    mandatory: tuple[np.ndarray, ...]
    answered: tuple[np.ndarray, ...]
    languages: np.ndarray  # uint64 (n,) bitmask over `language_index`
    hours: np.ndarray  # uint64 (n, 3) bitmask over the 168 hours of the week
    hour_counts: np.ndarray  # int64 (n,)
    rating: np.ndarray  # float64 (n,) component already mapped to 0..1
    language_index: Mapping[str, int]


def _choice_code(q: QuestionSpec, value: object) -> int:
    """Single choice → option position; multiple choice → bitmask of option positions."""
    index = {k: i for i, k in enumerate(q.options)}
    if q.kind == Kind.SINGLE:
        return index.get(value, -1)  # type: ignore[arg-type]
    mask = 0
    for v in value:  # type: ignore[union-attr]
        if v in index:
            mask |= 1 << index[v]
    return mask


def _hours_mask(hours: frozenset[int]) -> tuple[int, int, int]:
    words = [0, 0, 0]
    for h in hours:
        if 0 <= h < HOURS_PER_WEEK:
            words[h // 64] |= 1 << (h % 64)
    return words[0], words[1], words[2]


def encode_population(questions: Sequence[QuestionSpec], friends: Sequence[Person]) -> Population:
    n = len(friends)
    language_index: dict[str, int] = {}
    for f in friends:
        for lang in sorted(f.languages):
            if lang not in language_index and len(language_index) < 64:
                language_index[lang] = len(language_index)
    values, importance, mandatory, answered = [], [], [], []
    for q in questions:
        v = np.zeros(n, dtype=np.int64)
        w = np.zeros(n, dtype=np.float64)
        m = np.zeros(n, dtype=bool)
        a = np.zeros(n, dtype=bool)
        for i, f in enumerate(friends):
            r = f.responses.get(q.key)
            if r is None:
                continue
            v[i] = int(r.value) if q.kind == Kind.SCALE else _choice_code(q, r.value)  # type: ignore[arg-type]
            w[i], m[i], a[i] = r.importance, r.mandatory, True
        values.append(v)
        importance.append(w)
        mandatory.append(m)
        answered.append(a)
    langs = np.zeros(n, dtype=np.uint64)
    hours = np.zeros((n, 3), dtype=np.uint64)
    counts = np.zeros(n, dtype=np.int64)
    rating = np.zeros(n, dtype=np.float64)
    for i, f in enumerate(friends):
        mask = 0
        for lang in f.languages:
            if lang in language_index:
                mask |= 1 << language_index[lang]
        langs[i] = mask
        hours[i] = _hours_mask(f.hours)
        counts[i] = len(f.hours)
        rating[i] = _rating_component(f.rating)
    return Population(
        ids=np.array([f.person_id for f in friends], dtype=np.int64),
        values=tuple(values),
        importance=tuple(importance),
        mandatory=tuple(mandatory),
        answered=tuple(answered),
        languages=langs,
        hours=hours,
        hour_counts=counts,
        rating=rating,
        language_index=language_index,
    )


def score_population(questions: Sequence[QuestionSpec], user: Person, pop: Population) -> np.ndarray:
    """Scores (int64, −1 = excluded) of `user` against every friend in `pop`, in pop order."""
    n = len(pop.ids)
    num_u = np.zeros(n)
    den_u = np.zeros(n)
    num_f = np.zeros(n)
    den_f = np.zeros(n)
    excluded = np.zeros(n, dtype=bool)
    for qi, q in enumerate(questions):
        r = user.responses.get(q.key)
        if r is None:
            continue
        answered = pop.answered[qi]
        fv = pop.values[qi]
        if q.kind == Kind.SINGLE:
            s = (fv == _choice_code(q, r.value)).astype(np.float64)
        elif q.kind == Kind.MULTIPLE:
            um = np.int64(_choice_code(q, r.value))
            inter = np.bitwise_count(fv & um).astype(np.float64)
            union = np.bitwise_count(fv | um).astype(np.float64)
            s = np.divide(inter, union, out=np.ones(n), where=union > 0)
        else:
            s = 1.0 - np.abs(fv - int(r.value)) / 4.0  # type: ignore[arg-type]
        mismatch = (s <= 0.5) if q.kind == Kind.SCALE else (s == 0.0)
        excluded |= answered & (r.mandatory | pop.mandatory[qi]) & mismatch
        s = np.where(answered, s, 0.0)
        wu = np.where(answered, float(r.importance), 0.0)
        wf = np.where(answered, pop.importance[qi], 0.0)
        num_u += wu * s
        den_u += wu
        num_f += wf * s
        den_f += wf
    both = (den_u > 0) & (den_f > 0)
    sat_u = np.divide(num_u, den_u, out=np.zeros(n), where=den_u > 0)
    sat_f = np.divide(num_f, den_f, out=np.zeros(n), where=den_f > 0)
    personality = np.where(both, np.sqrt(sat_u * sat_f), NEUTRAL_PERSONALITY)

    user_langs = 0
    for lang in user.languages:
        if lang in pop.language_index:
            user_langs |= 1 << pop.language_index[lang]
    language = ((pop.languages & np.uint64(user_langs)) != 0).astype(np.float64)

    uh = np.array(_hours_mask(user.hours), dtype=np.uint64)
    overlap = np.bitwise_count(pop.hours & uh).sum(axis=1).astype(np.float64)
    schedule = np.where(
        pop.hour_counts > 0,
        np.divide(overlap, pop.hour_counts, out=np.zeros(n), where=pop.hour_counts > 0),
        NEUTRAL_SCHEDULE,
    )

    total = (
        WEIGHTS["personality"] * personality
        + WEIGHTS["language"] * language
        + WEIGHTS["schedule"] * schedule
        + WEIGHTS["rating"] * pop.rating
    )
    scores = np.floor(total * 100 + 0.5 + 1e-9).astype(np.int64)
    return np.where(excluded, -1, scores)


def rank(
    pop: Population, scores: np.ndarray, *, allowed: np.ndarray | None = None, limit: int, offset: int = 0
) -> list[tuple[int, int]]:
    """(friend id, score) best first, ties by lower id, skipping excluded and not-allowed friends."""
    keep = scores >= 0
    if allowed is not None:
        keep &= allowed
    idx = np.nonzero(keep)[0]
    if idx.size == 0:
        return []
    # lexsort: last key is primary → sort by -score, then id.
    order = idx[np.lexsort((pop.ids[idx], -scores[idx]))]
    page = order[offset : offset + limit]
    return [(int(pop.ids[i]), int(scores[i])) for i in page]
