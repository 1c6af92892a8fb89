"""GET /api/matches and the decisions around it, over HTTP (the real population cache)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from modules.accounts.models import FriendProfile, User
from modules.matching.public import population_changed
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory
from tests.modules.matching.factories import answered_user, matched_friend

pytestmark = pytest.mark.django_db


def get(client, who, url="/api/matches", **params):
    return client.get(url, params, headers=bearer(who))


def post(client, who, url, body=None):
    return client.post(
        url, data=json.dumps(body) if body is not None else "", content_type="application/json", headers=bearer(who)
    )


def ids(response):
    assert response.status_code == 200, response.content
    return [item["friend"]["id"] for item in response.json()["items"]]


class TestRanking:
    def test_the_closest_friend_comes_first_with_its_reasons(self, client):
        user = answered_user(social_energy=5, conversation_style="deep")
        close = matched_friend(social_energy=5, conversation_style="deep")
        far = matched_friend(social_energy=1, conversation_style="light", languages=("ja",))
        body = get(client, user).json()
        assert [i["friend"]["id"] for i in body["items"]] == [close.pk, far.pk]
        top = body["items"][0]
        assert top["score"] > body["items"][1]["score"]
        assert {r["code"] for r in top["reasons"]} <= {"answer_match", "shared_language", "schedule_overlap", "rating"}
        assert top["reasons"]
        assert all(r["text"] for r in top["reasons"])
        assert top["friend"]["display_name"] == close.profile.display_name

    def test_a_mandatory_mismatch_is_never_suggested(self, client):
        user = answered_user(conversation_style=("deep", 5, True))
        matched_friend(conversation_style="light")
        assert ids(get(client, user)) == []

    def test_filters_session_type_language_and_price(self, client):
        user = answered_user()
        text_only = matched_friend(profile={"friend_profile__session_types": ["text"]})
        spanish = matched_friend(languages=("es",))
        cheap = matched_friend(profile={"friend_profile__prices_minor": {"text": 500, "voice": 600, "video": 700}})
        assert text_only.pk not in ids(get(client, user, session_type="video"))
        assert ids(get(client, user, language="es")) == [spanish.pk]
        assert ids(get(client, user, max_price_minor=650, session_type="voice")) == [cheap.pk]
        assert set(ids(get(client, user, max_price_minor=900))) == {cheap.pk}

    def test_pagination_is_a_stable_slice_of_the_ranking(self, client):
        user = answered_user()
        for _ in range(5):
            matched_friend()
        whole = ids(get(client, user, limit=5))
        assert ids(get(client, user, limit=2, offset=1)) == whole[1:3]
        assert get(client, user, limit=2).json()["total"] == 5

    @pytest.mark.parametrize(
        "params", [{"limit": 101}, {"limit": 0}, {"offset": -1}, {"session_type": "fax"}, {"max_price_minor": -5}]
    )
    def test_bad_query_is_422(self, client, params):
        response = get(client, answered_user(), **params)
        assert response.status_code == 422
        assert response["Content-Type"].startswith("application/problem+json")

    def test_friends_and_staff_get_403(self, client):
        assert get(client, FriendFactory()).status_code == 403
        assert get(client, UserFactory(role="manager", is_staff=True)).status_code == 403


class TestNeverShown:
    def test_deactivated_friend_disappears_even_from_a_stale_snapshot(self, client):
        user = answered_user()
        friend = matched_friend()
        assert ids(get(client, user)) == [friend.pk]
        # No event, no population rebuild: the request-time re-check must catch it.
        User.objects.filter(pk=friend.pk).update(is_active=False)
        assert ids(get(client, user)) == []

    def test_friend_not_accepting_or_at_weekly_capacity(self, client):
        user = answered_user()
        closed = matched_friend()
        full = matched_friend(profile={"friend_profile__weekly_capacity": 1})
        FriendProfile.objects.filter(user=closed).update(is_accepting=False)
        SessionFactory(user=UserFactory(), friend=full, start=_this_week_future())
        assert ids(get(client, user)) == []
        population_changed()
        assert ids(get(client, user)) == []

    def test_blocked_in_either_direction(self, client):
        user = answered_user()
        blocked_by_me, blocking_me, other = matched_friend(), matched_friend(), matched_friend()
        assert post(client, user, f"/api/blocks/{blocked_by_me.pk}").status_code == 204
        assert post(client, blocking_me, f"/api/blocks/{user.pk}").status_code == 204
        assert ids(get(client, user)) == [other.pk]
        assert post(client, user, f"/api/matches/{blocking_me.pk}/accept").status_code == 404
        assert client.delete(f"/api/blocks/{blocked_by_me.pk}", headers=bearer(user)).status_code == 204
        assert set(ids(get(client, user))) == {blocked_by_me.pk, other.pk}

    def test_declined_never_comes_back_and_accepted_moves_to_my_friends(self, client):
        user = answered_user()
        declined, accepted, other = matched_friend(), matched_friend(), matched_friend()
        assert post(client, user, f"/api/matches/{declined.pk}/decline").json()["decision"] == "declined"
        assert post(client, user, f"/api/matches/{accepted.pk}/accept").json()["decision"] == "accepted"
        assert ids(get(client, user)) == [other.pk]
        mine = get(client, user, "/api/matches/friends").json()
        assert [i["friend"]["id"] for i in mine["items"]] == [accepted.pk]

    def test_accepting_a_match_opens_the_chat_and_declining_does_not(self, client):
        user = answered_user()
        accepted, declined = matched_friend(), matched_friend()
        post(client, user, f"/api/matches/{accepted.pk}/accept")
        post(client, user, f"/api/matches/{declined.pk}/decline")
        conversations = client.get("/api/chat/conversations", headers=bearer(user)).json()["items"]
        assert len(conversations) == 1
        friend_side = client.get("/api/chat/conversations", headers=bearer(accepted)).json()["items"]
        assert [c["id"] for c in friend_side] == [conversations[0]["id"]]
        assert client.get("/api/chat/conversations", headers=bearer(declined)).json()["items"] == []

    def test_rematch_never_returns_previous_or_declined_friends(self, client):
        user = answered_user()
        friends = [matched_friend() for _ in range(6)]
        post(client, user, f"/api/matches/{friends[0].pk}/decline")
        post(client, user, f"/api/matches/{friends[1].pk}/accept")
        before = ids(get(client, user, limit=2))
        response = post(client, user, "/api/matches/rematch", {"reason": "Not my vibe", "limit": 2})
        assert response.status_code == 200, response.content
        body = response.json()
        fresh = [i["friend"]["id"] for i in body["matches"]["items"]]
        assert body["reason"] == "Not my vibe"
        assert body["passed"] == 2
        assert len(fresh) == 2
        assert not set(fresh) & {friends[0].pk, friends[1].pk, *before}
        # ...and the passed-over friends stay out of the list afterwards.
        assert not set(ids(get(client, user))) & {friends[0].pk, friends[1].pk, *before}

    def test_rematch_needs_a_reason(self, client):
        user = answered_user()
        assert post(client, user, "/api/matches/rematch", {"reason": ""}).status_code == 422
        assert post(client, user, "/api/matches/rematch", {"reason": "x", "role": "admin"}).status_code == 422


class TestBlocks:
    def test_cannot_block_yourself_or_nobody(self, client):
        user = UserFactory()
        assert post(client, user, f"/api/blocks/{user.pk}").status_code == 422
        assert post(client, user, "/api/blocks/999999").status_code == 404

    def test_blocking_twice_is_idempotent_and_listed(self, client):
        friend, user = FriendFactory(), UserFactory()
        assert post(client, friend, f"/api/blocks/{user.pk}").status_code == 204
        assert post(client, friend, f"/api/blocks/{user.pk}").status_code == 204
        listed = client.get("/api/blocks", headers=bearer(friend)).json()
        assert [b["user_id"] for b in listed] == [user.pk]


class TestQueryCount:
    """The SQL a request runs does not grow with the number of friends."""

    @pytest.mark.parametrize(
        ("method", "url"),
        [("GET", "/api/matches"), ("GET", "/api/matches/friends"), ("POST", "/api/matches/{friend}/accept")],
    )
    def test_constant(self, client, method, url):
        user = answered_user()
        counts = []
        for n in (3, 12):
            friends = [matched_friend() for _ in range(n)]
            for f in friends:
                post(client, user, f"/api/matches/{f.pk}/accept") if "friends" in url else None
            population_changed()
            get(client, user)  # build the snapshot outside the measurement
            target = url.replace("{friend}", str(friends[-1].pk))
            headers = bearer(user)
            with CaptureQueriesContext(connection) as ctx:
                response = client.generic(method, target, headers=headers)
            assert response.status_code == 200, response.content
            counts.append(len(ctx.captured_queries))
        assert counts[0] == counts[1], counts
        # An accept also opens the chat conversation (block check, conversation, memberships).
        assert counts[0] <= (24 if "accept" in url else 12)


def _this_week_future():
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    monday = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return monday + timedelta(days=3)
