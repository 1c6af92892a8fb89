"""The landing page's friends' highlights: a few active, accepting friends, best rated first.

Anonymous and on the landing page, so it shows only what a friend's public card shows anyway
(name, headline, avatar, public rating, kinds of session) and is cached for a few minutes: a
burst of visitors costs one set of queries, and a new rating shows up within CACHE_SECONDS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from django.core.cache import cache

from modules.accounts.public import FriendListing, active_friend_listings, avatar_link
from modules.feedback.public import friend_summaries
from modules.matching.repositories.store import DjangoMatchingStore

HIGHLIGHTS = 6
# Below the avatar links' 10 minutes, so a cached link still works when the page shows it.
CACHE_SECONDS = 5 * 60
CACHE_KEY = "matching:highlights:v1"
# feedback shows a friend's average only from this many ratings on; fewer would not rank fairly.
MIN_RATINGS = 3


@dataclass(frozen=True)
class Highlight:
    friend_id: int
    display_name: str
    headline: str
    avatar_url: str | None
    rating_average: float | None
    rating_count: int | None
    session_types: tuple[str, ...]


class RatingStore(Protocol):
    def top_rated_friend_ids(self, *, min_count: int, limit: int) -> list[int]: ...


def friend_highlights(*, store: RatingStore | None = None) -> list[Highlight]:
    """The landing page's friends; `store` is the database unless a test passes its own."""
    cached = cache.get(CACHE_KEY)
    if cached is not None:
        return cached
    if store is None:
        store = DjangoMatchingStore()
    found = _pick(store)
    cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def _pick(store: RatingStore) -> list[Highlight]:
    # Best rated first; friends not taking bookings are skipped, so ask for some slack.
    top = store.top_rated_friend_ids(min_count=MIN_RATINGS, limit=HIGHLIGHTS * 2)
    by_id = {f.friend_id: f for f in active_friend_listings(top)} if top else {}
    chosen = [by_id[i] for i in top if i in by_id and by_id[i].is_accepting][:HIGHLIGHTS]
    if len(chosen) < HIGHLIGHTS:
        # Not enough ratings yet (a new site): fill with the longest-standing friends.
        taken = {f.friend_id for f in chosen}
        more = active_friend_listings(limit=HIGHLIGHTS * 3)
        chosen += [f for f in more if f.is_accepting and f.friend_id not in taken][: HIGHLIGHTS - len(chosen)]
    summaries = friend_summaries([f.friend_id for f in chosen])
    return [_highlight(f, summaries[f.friend_id].average, summaries[f.friend_id].count) for f in chosen]


def _highlight(friend: FriendListing, average: float | None, count: int | None) -> Highlight:
    return Highlight(
        friend_id=friend.friend_id,
        display_name=friend.display_name,
        headline=friend.headline,
        avatar_url=avatar_link(friend.avatar_key),
        rating_average=average,
        rating_count=count,
        session_types=friend.session_types,
    )
