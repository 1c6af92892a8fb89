"""All ORM access of matching: decisions, blocks, re-match requests, top matches, ratings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q

from kit.transactions import after_commit
from modules.matching.models import Block, Favourite, FriendRating, MatchDecision, RematchRequest, TopMatch


@dataclass(frozen=True)
class FavouriteView:
    friend_id: int
    saved_at: datetime


@dataclass(frozen=True)
class DecisionView:
    friend_id: int
    decision: str
    decided_at: datetime


@dataclass(frozen=True)
class BlockView:
    user_id: int
    created_at: datetime


@dataclass(frozen=True)
class TopMatchView:
    user_id: int
    friend_id: int | None
    score: int


class DjangoMatchingStore:
    def atomic(self) -> AbstractContextManager[object]:
        return transaction.atomic()

    def after_commit(self, fn: Callable[[], None]) -> None:
        after_commit(fn)

    # --- decisions and blocks -----------------------------------------------------------
    def excluded_friend_ids(self, user_id: int) -> set[int]:
        """Everyone this user decided on, blocked, or was blocked by (two queries)."""
        decided = MatchDecision.objects.filter(user_id=user_id).values_list("friend_id", flat=True)
        blocks = Block.objects.filter(Q(blocker_id=user_id) | Q(blocked_id=user_id)).values_list(
            "blocker_id", "blocked_id"
        )
        excluded = set(decided)
        for blocker, blocked in blocks:
            excluded.add(blocked if blocker == user_id else blocker)
        return excluded

    def decide(self, *, user_id: int, friend_id: int, decision: str, at: datetime) -> DecisionView:
        row, _ = MatchDecision.objects.update_or_create(
            user_id=user_id, friend_id=friend_id, defaults={"decision": decision, "decided_at": at, "rematch": None}
        )
        return DecisionView(row.friend_id, row.decision, row.decided_at)

    def record_rematch(self, *, user_id: int, reason: str, passed: Iterable[int], at: datetime) -> int:
        """Record the request and pass over the given friends (decisions already made stay)."""
        passed = list(passed)
        request = RematchRequest.objects.create(user_id=user_id, reason=reason, passed_count=len(passed), created_at=at)
        MatchDecision.objects.bulk_create(
            [
                MatchDecision(
                    user_id=user_id, friend_id=f, decision=MatchDecision.Kind.PASSED, rematch=request, decided_at=at
                )
                for f in passed
            ],
            ignore_conflicts=True,
        )
        return request.pk

    def accepted(self, *, user_id: int, limit: int, offset: int) -> tuple[list[DecisionView], int]:
        """Accepted friends who are not blocked either way, most recent first."""
        blocked = self._blocked_either_way(user_id)
        query = MatchDecision.objects.filter(user_id=user_id, decision=MatchDecision.Kind.ACCEPTED).exclude(
            friend_id__in=blocked
        )
        rows = query.order_by("-decided_at", "-pk").values_list("friend_id", "decision", "decided_at")
        return [DecisionView(*row) for row in rows[offset : offset + limit]], query.count()

    def _blocked_either_way(self, user_id: int):
        return (
            Block.objects.filter(blocker_id=user_id)
            .values("blocked_id")
            .union(Block.objects.filter(blocked_id=user_id).values("blocker_id"))
        )

    def block(self, *, blocker_id: int, blocked_id: int, at: datetime) -> bool:
        """True when this created the block, False when it already existed."""
        try:
            with transaction.atomic():
                _, created = Block.objects.get_or_create(
                    blocker_id=blocker_id, blocked_id=blocked_id, defaults={"created_at": at}
                )
        except IntegrityError:  # a concurrent identical block won the race
            return False
        return created

    def unblock(self, *, blocker_id: int, blocked_id: int) -> bool:
        deleted, _ = Block.objects.filter(blocker_id=blocker_id, blocked_id=blocked_id).delete()
        return deleted > 0

    # --- favourites -------------------------------------------------------------------------
    def favourite_add(self, *, user_id: int, friend_id: int, at: datetime) -> bool:
        """True when this saved it, False when it was saved already."""
        try:
            with transaction.atomic():
                _, created = Favourite.objects.get_or_create(
                    user_id=user_id, friend_id=friend_id, defaults={"created_at": at}
                )
        except IntegrityError:  # a concurrent identical save won the race
            return False
        return created

    def favourite_remove(self, *, user_id: int, friend_id: int) -> bool:
        return Favourite.objects.filter(user_id=user_id, friend_id=friend_id).delete()[0] > 0

    def favourites(self, *, user_id: int, limit: int, offset: int) -> tuple[list[FavouriteView], int]:
        """Saved friends who are not blocked either way, most recently saved first."""
        query = Favourite.objects.filter(user_id=user_id).exclude(friend_id__in=self._blocked_either_way(user_id))
        rows = query.order_by("-created_at", "-pk").values_list("friend_id", "created_at")
        return [FavouriteView(*row) for row in rows[offset : offset + limit]], query.count()

    def favourite_ids(self, *, user_id: int, friend_ids: Iterable[int]) -> frozenset[int]:
        """Which of `friend_ids` the user keeps as favourites (one query)."""
        ids = list(friend_ids)
        if not ids:
            return frozenset()
        return frozenset(
            Favourite.objects.filter(user_id=user_id, friend_id__in=ids).values_list("friend_id", flat=True)
        )

    def blocks_by(self, user_id: int) -> list[BlockView]:
        rows = Block.objects.filter(blocker_id=user_id).order_by("-created_at", "-pk")
        return [BlockView(b.blocked_id, b.created_at) for b in rows.only("blocked_id", "created_at")[:1000]]

    def blocked_with(self, user_id: int) -> frozenset[int]:
        """Everyone this user blocked or was blocked by (one query)."""
        rows = Block.objects.filter(Q(blocker_id=user_id) | Q(blocked_id=user_id)).values_list(
            "blocker_id", "blocked_id"
        )
        return frozenset(blocked if blocker == user_id else blocker for blocker, blocked in rows)

    def blocked_between(self, a: int, b: int) -> bool:
        return Block.objects.filter(Q(blocker_id=a, blocked_id=b) | Q(blocker_id=b, blocked_id=a)).exists()

    # --- top matches ----------------------------------------------------------------------
    def lock_top_match(self, user_id: int) -> TopMatchView | None:
        row = TopMatch.objects.select_for_update().filter(user_id=user_id).first()
        return TopMatchView(row.user_id, row.friend_id, row.score) if row else None

    def save_top_match(self, *, user_id: int, friend_id: int | None, score: int, at: datetime) -> None:
        TopMatch.objects.update_or_create(
            user_id=user_id, defaults={"friend_id": friend_id, "score": score, "computed_at": at}
        )

    def top_matches(self, *, batch: int = 2000) -> Iterator[list[TopMatchView]]:
        """Every stored top match, in batches (for a friend change that might beat some of them)."""
        last = 0
        while True:
            rows = list(
                TopMatch.objects.filter(user_id__gt=last)
                .order_by("user_id")
                .values_list("user_id", "friend_id", "score")[:batch]
            )
            if not rows:
                return
            yield [TopMatchView(*row) for row in rows]
            last = rows[-1][0]

    # --- ratings --------------------------------------------------------------------------
    def set_rating(self, *, friend_id: int, average: float, count: int) -> None:
        FriendRating.objects.update_or_create(friend_id=friend_id, defaults={"average": average, "count": count})

    def top_rated_friend_ids(self, *, min_count: int, limit: int) -> list[int]:
        """The best-rated friends with at least `min_count` ratings, best first (ties: by id)."""
        query = FriendRating.objects.filter(count__gte=min_count).order_by("-average", "friend_id")
        return list(query.values_list("friend_id", flat=True)[:limit])

    def ratings(self, friend_ids: Iterable[int] | None = None) -> dict[int, float]:
        query = FriendRating.objects.filter(count__gt=0)
        if friend_ids is not None:
            query = query.filter(friend_id__in=list(friend_ids))
        return dict(query.values_list("friend_id", "average"))
