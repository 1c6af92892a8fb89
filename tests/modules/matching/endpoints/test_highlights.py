"""GET /api/friends/highlights: the landing page's friends, for anyone, with only their public card."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import timezone

from modules.feedback.models import FriendRatingSummary
from modules.matching.repositories.store import DjangoMatchingStore
from modules.matching.services.highlights import CACHE_KEY, HIGHLIGHTS
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.query_counts import queries_and_body

pytestmark = pytest.mark.django_db

URL = "/api/friends/highlights"


def _rate(friend, *, stars_sum: int, count: int) -> None:
    # feedback keeps the public figure, matching its own copy for ranking (both from ratings).
    FriendRatingSummary.objects.create(friend=friend, count=count, stars_sum=stars_sum, updated_at=timezone.now())
    DjangoMatchingStore().set_rating(friend_id=friend.pk, average=stars_sum / count, count=count)


def test_anyone_sees_best_rated_accepting_friends_first_with_nothing_private(client):
    plain = FriendFactory(profile__display_name="Plain Pat")
    good = FriendFactory(profile__display_name="Good Gil")
    best = FriendFactory(profile__display_name="Best Bo")
    few = FriendFactory(profile__display_name="Few Fay")
    paused = FriendFactory(profile__display_name="Paused Pia", friend_profile__is_accepting=False)
    FriendFactory(profile__display_name="Gone Gus", is_active=False)
    UserFactory(profile__display_name="Just A User")
    _rate(good, stars_sum=12, count=3)  # 4.0
    _rate(best, stars_sum=24, count=5)  # 4.8
    _rate(few, stars_sum=10, count=2)  # too few ratings to rank or show
    _rate(paused, stars_sum=15, count=3)

    response = client.get(URL)

    assert response.status_code == 200, response.content
    items = response.json()
    names = [item["display_name"] for item in items]
    assert names[:2] == ["Best Bo", "Good Gil"]
    assert set(names[2:]) == {"Plain Pat", "Few Fay"}
    assert "Paused Pia" not in names
    assert "Gone Gus" not in names
    assert "Just A User" not in names
    first = items[0]
    assert set(first) == {
        "id",
        "display_name",
        "headline",
        "avatar_url",
        "rating_average",
        "rating_count",
        "session_types",
    }
    assert (first["id"], first["rating_average"], first["rating_count"]) == (best.pk, 4.8, 5)
    by_name = {item["display_name"]: item for item in items}
    assert by_name["Few Fay"]["rating_average"] is None
    assert by_name["Few Fay"]["rating_count"] is None
    assert by_name["Plain Pat"]["avatar_url"] is None
    assert plain.email not in response.content.decode()


def test_at_most_six_and_cached(client):
    for _ in range(HIGHLIGHTS + 2):
        FriendFactory()
    first = client.get(URL).json()
    assert len(first) == HIGHLIGHTS

    FriendFactory.create_batch(2)
    queries, again = queries_and_body(lambda: client.get(URL))
    assert again == first  # the cached answer: newcomers show up once it expires
    assert [q for q in queries if "friend" in q.lower()] == []


def test_constant_queries_whatever_the_number_of_friends(client):
    FriendFactory()
    cache.delete(CACHE_KEY)
    one, _ = queries_and_body(lambda: client.get(URL))
    for _ in range(10):
        _rate(FriendFactory(), stars_sum=14, count=3)
    cache.delete(CACHE_KEY)
    many, body = queries_and_body(lambda: client.get(URL))
    assert len(body) == HIGHLIGHTS
    assert len(many) <= len(one) + 1  # the ratings lookup runs once there are rated friends
