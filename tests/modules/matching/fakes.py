"""In-memory stand-ins for matching's store and for the other modules it reads (no database).

InMemoryStore passes the same contract suite as DjangoMatchingStore
(tests/modules/matching/repositories/test_store_contract.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from core.clock import FrozenClock
from core.identity import Role
from modules.accounts.public import FriendListing, PersonBasics
from modules.matching.repositories.store import BlockView, DecisionView, FavouriteView, TopMatchView
from modules.matching.services.matching import MatchingDeps
from modules.matching.services.population import PopulationCache
from modules.personality.public import Answer, AnswerSet, Option, Question, QuestionKind, Questionnaire

NOW = datetime(2030, 3, 6, 12, 0, tzinfo=UTC)

QUESTIONNAIRE = Questionnaire(
    version=1,
    questions=(
        Question("energy", "People recharge me.", QuestionKind.SCALE_1_5),
        Question(
            "style", "Favourite talk?", QuestionKind.SINGLE_CHOICE, (Option("deep", "Deep"), Option("light", "Light"))
        ),
    ),
    published_at=NOW,
)


class InMemoryStore:
    def __init__(self) -> None:
        self.decisions: dict[tuple[int, int], DecisionView] = {}
        self.blocks: dict[tuple[int, int], BlockView] = {}
        self.rematches: list[tuple[int, str, list[int]]] = []
        self.tops: dict[int, TopMatchView] = {}
        self.rating_of: dict[int, float] = {}
        self.rating_count: dict[int, int] = {}
        # Row ids, as the database gives them: the tie-breaker of its orderings.
        self.row_id: dict[tuple[str, int, int], int] = {}
        self.favourite_rows: dict[tuple[int, int], datetime] = {}
        # Events the services announced (deps.announce), in order.
        self.announced: list[object] = []

    def atomic(self):
        return nullcontext()

    def after_commit(self, fn: Callable[[], None]) -> None:
        fn()

    def excluded_friend_ids(self, user_id: int) -> set[int]:
        out = {f for (u, f) in self.decisions if u == user_id}
        out |= {b for (a, b) in self.blocks if a == user_id} | {a for (a, b) in self.blocks if b == user_id}
        return out

    def _row(self, table: str, a: int, b: int) -> None:
        self.row_id.setdefault((table, a, b), len(self.row_id) + 1)

    def decide(self, *, user_id, friend_id, decision, at) -> DecisionView:
        view = DecisionView(friend_id, decision, at)
        self.decisions[(user_id, friend_id)] = view
        self._row("decision", user_id, friend_id)
        return view

    def record_rematch(self, *, user_id, reason, passed: Iterable[int], at) -> int:
        passed = list(passed)
        for f in passed:
            self.decisions.setdefault((user_id, f), DecisionView(f, "passed", at))
            self._row("decision", user_id, f)
        self.rematches.append((user_id, reason, passed))
        return len(self.rematches)

    def accepted(self, *, user_id, limit, offset):
        """Accepted friends not blocked either way, most recent first."""
        blocked = self.blocked_with(user_id)
        mine = [
            (d, self.row_id[("decision", u, f)])
            for (u, f), d in self.decisions.items()
            if u == user_id and d.decision == "accepted" and f not in blocked
        ]
        mine.sort(key=lambda pair: (pair[0].decided_at, pair[1]), reverse=True)
        return [d for d, _ in mine[offset : offset + limit]], len(mine)

    def block(self, *, blocker_id, blocked_id, at) -> bool:
        created = (blocker_id, blocked_id) not in self.blocks
        self.blocks.setdefault((blocker_id, blocked_id), BlockView(blocked_id, at))
        self._row("block", blocker_id, blocked_id)
        return created

    def unblock(self, *, blocker_id, blocked_id) -> bool:
        self.row_id.pop(("block", blocker_id, blocked_id), None)  # a new block is a new row
        return self.blocks.pop((blocker_id, blocked_id), None) is not None

    def favourite_add(self, *, user_id, friend_id, at) -> bool:
        created = (user_id, friend_id) not in self.favourite_rows
        self.favourite_rows.setdefault((user_id, friend_id), at)
        self._row("favourite", user_id, friend_id)
        return created

    def favourite_remove(self, *, user_id, friend_id) -> bool:
        self.row_id.pop(("favourite", user_id, friend_id), None)  # saved again is a new row
        return self.favourite_rows.pop((user_id, friend_id), None) is not None

    def favourites(self, *, user_id, limit, offset):
        """Newest first (the later row on a tie), without anyone blocked either way."""
        blocked = self.blocked_with(user_id)
        mine = [
            (FavouriteView(f, at), self.row_id[("favourite", u, f)])
            for (u, f), at in self.favourite_rows.items()
            if u == user_id and f not in blocked
        ]
        mine.sort(key=lambda pair: (pair[0].saved_at, pair[1]), reverse=True)
        return [v for v, _ in mine[offset : offset + limit]], len(mine)

    def favourite_ids(self, *, user_id, friend_ids) -> frozenset[int]:
        return frozenset(f for f in friend_ids if (user_id, f) in self.favourite_rows)

    def blocks_by(self, user_id):
        """Newest first, at most 1000."""
        mine = [(v, self.row_id[("block", a, b)]) for (a, b), v in self.blocks.items() if a == user_id]
        mine.sort(key=lambda pair: (pair[0].created_at, pair[1]), reverse=True)
        return [v for v, _ in mine[:1000]]

    def blocked_with(self, user_id) -> frozenset[int]:
        return frozenset(b if a == user_id else a for a, b in self.blocks if user_id in (a, b))

    def blocked_between(self, a, b) -> bool:
        return (a, b) in self.blocks or (b, a) in self.blocks

    def lock_top_match(self, user_id):
        return self.tops.get(user_id)

    def save_top_match(self, *, user_id, friend_id, score, at) -> None:
        self.tops[user_id] = TopMatchView(user_id, friend_id, score)

    def top_matches(self, *, batch: int = 2000) -> Iterator[list[TopMatchView]]:
        """By user id, `batch` at a time."""
        rows = [self.tops[uid] for uid in sorted(self.tops)]
        for i in range(0, len(rows), batch):
            yield rows[i : i + batch]

    def set_rating(self, *, friend_id, average, count) -> None:
        self.rating_of[friend_id] = average
        self.rating_count[friend_id] = count

    def ratings(self, friend_ids=None) -> dict[int, float]:
        """Friends rated at least once (of `friend_ids`, when given)."""
        wanted = None if friend_ids is None else set(friend_ids)
        return {
            f: average
            for f, average in self.rating_of.items()
            if self.rating_count.get(f, 1) > 0 and (wanted is None or f in wanted)
        }


@dataclass
class InMemoryDirectory:
    people_by_id: dict[int, PersonBasics] = field(default_factory=dict)
    listings: dict[int, FriendListing] = field(default_factory=dict)
    answer_sets: dict[int, AnswerSet] = field(default_factory=dict)
    hours: dict[int, frozenset[int]] = field(default_factory=dict)
    full: set[int] = field(default_factory=set)
    store: InMemoryStore | None = None

    def questionnaire(self):
        return QUESTIONNAIRE

    def person(self, user_id):
        return self.people_by_id.get(user_id)

    def people(self, user_ids):
        return {i: self.people_by_id[i] for i in user_ids if i in self.people_by_id}

    def display_names(self, user_ids):
        return {i: f"person {i}" for i in user_ids}

    def answers(self, user_ids):
        return {i: self.answer_sets[i] for i in user_ids if i in self.answer_sets}

    def all_answers(self):
        return list(self.answer_sets.values())

    def friend_listings(self, friend_ids=None):
        ids = sorted(self.listings) if friend_ids is None else [i for i in friend_ids if i in self.listings]
        return [self.listings[i] for i in ids]

    def weekly_hours(self, friend_ids, *, now):
        return dict(self.hours)

    def at_capacity(self, capacities: Mapping[int, int], *, now):
        return {i for i in capacities if i in self.full}

    def ratings(self, friend_ids=None):
        return self.store.ratings() if self.store else {}

    # --- helpers for tests -------------------------------------------------------------------
    def add_user(self, user_id: int, *, energy: int = 3, style: str = "deep", **kw: Any) -> None:
        self.people_by_id[user_id] = PersonBasics(user_id, Role.USER, True, ("en",), "UTC")
        self._answer(user_id, energy, style, **kw)

    def add_friend(self, friend_id: int, *, energy: int = 3, style: str = "deep", **kw: Any) -> None:
        self.people_by_id[friend_id] = PersonBasics(friend_id, Role.FRIEND, True, ("en",), "UTC")
        self.listings[friend_id] = FriendListing(
            friend_id,
            f"Friend {friend_id}",
            "hi",
            "",
            ("en",),
            "UTC",
            ("text", "video"),
            {"text": 1000, "video": 3000},
            "usd",
            (30, 60),
            10,
            True,
        )
        self._answer(friend_id, energy, style, **kw)

    def _answer(self, person_id: int, energy: int, style: str, mandatory: bool = False) -> None:
        self.answer_sets[person_id] = AnswerSet(
            person_id, 1, (Answer("energy", energy, 3, mandatory), Answer("style", style, 3, mandatory)), NOW
        )

    def deactivate(self, friend_id: int) -> None:
        self.listings.pop(friend_id)

    def stop_accepting(self, friend_id: int) -> None:
        self.listings[friend_id] = replace(self.listings[friend_id], is_accepting=False)


@dataclass
class Pushes:
    sent: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, **message: Any) -> None:
        self.sent.append(message)


@dataclass
class Jobs:
    changed: list[int] = field(default_factory=list)

    def person_changed(self, person_id: int) -> None:
        self.changed.append(person_id)


def make_deps() -> tuple[MatchingDeps, InMemoryStore, InMemoryDirectory, Pushes, Jobs]:
    store = InMemoryStore()
    directory = InMemoryDirectory(store=store)
    pushes, jobs, clock = Pushes(), Jobs(), FrozenClock(NOW)
    deps = MatchingDeps(
        store=store,
        directory=directory,
        population=PopulationCache(directory=directory),
        jobs=lambda: jobs,
        notify=pushes,
        clock=lambda: clock,
        announce=store.announced.append,
    )
    return deps, store, directory, pushes, jobs
