"""Hot paths use indexes: every query the hot endpoints run is EXPLAINed on PostgreSQL.

The planner is told sequential scans cost a fortune (`enable_seqscan = off`): a query that still
scans a table sequentially, or reads a whole index without a condition, has no index it could use,
and fails the test if the table is one that grows without bound. Small reference tables (plans,
questionnaire versions) may be scanned.
The data is small; the plans are what matters, and they are checked for their shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from modules.chat.public import conversation_ensure_direct
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory, SessionFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db,
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="query plans are PostgreSQL's"),
]

# Tables that grow with users and traffic: a sequential scan of one of these on a hot path is a bug.
LARGE_TABLES = {
    "accounts_user",
    "accounts_profile",
    "accounts_friendprofile",
    "booking_session",
    "booking_sessiontransition",
    "booking_availabilityexception",
    "booking_friendavailability",
    "chat_conversation",
    "chat_membership",
    "chat_message",
    "chat_messagereport",
    "notifications_notification",
    "notifications_device",
    "billing_ledgerentry",
    "billing_payout",
    "billing_premiumpayment",
    "billing_subscription",
    "billing_includedsessionuse",
    "billing_processedevent",
    "matching_matchdecision",
    "matching_block",
    "feedback_rating",
    "personality_questionnaireanswers",
    "token_blacklist_outstandingtoken",
    "token_blacklist_blacklistedtoken",
}


def _seq_scans(sql: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    found: set[str] = set()

    def walk(node: dict) -> None:
        kind = node.get("Node Type")
        if kind == "Seq Scan":
            found.add(node["Relation Name"])
        elif kind in ("Index Scan", "Index Only Scan") and "Index Cond" not in node:
            # An index read end to end (e.g. only for its order) is a full scan too.
            found.add(node["Relation Name"])
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


def _explainable(sql: str) -> bool:
    head = sql.lstrip().split(None, 1)[0].upper()
    return head in {"SELECT", "UPDATE", "DELETE", "INSERT"} and "pg_" not in sql and "SAVEPOINT" not in sql.upper()


def assert_indexed(call: Callable[[], object]) -> None:
    with CaptureQueriesContext(connection) as ctx:
        response = call()
    assert getattr(response, "status_code", 200) < 400, getattr(response, "content", response)
    offenders = []
    for query in ctx.captured_queries:
        sql = query["sql"]
        if not _explainable(sql) or re.match(r"\s*INSERT", sql, re.IGNORECASE):
            continue
        scanned = _seq_scans(sql) & LARGE_TABLES
        if scanned:
            offenders.append(f"{sorted(scanned)}: {sql}")
    assert not offenders, "sequential scans on hot paths:\n" + "\n\n".join(offenders)


@pytest.fixture
def world(clock):
    user, friend = SubscriberFactory(), FriendFactory()
    AvailabilityFactory(friend=friend)
    conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    for i in range(3):
        SessionFactory(user=user, friend=friend, start=NOW + timedelta(days=2, hours=i * 2))
    return user, friend, conversation


def _get(client, who, path, params=None):
    return lambda: client.get(path, params or {}, headers=bearer(who))


def _post(client, who, path, body):
    return lambda: client.post(path, data=json.dumps(body), content_type="application/json", headers=bearer(who))


@pytest.mark.parametrize(
    "name",
    [
        "me",
        "conversations",
        "history",
        "send",
        "sessions",
        "calendar",
        "slots",
        "book",
        "earnings",
        "inbox",
        "matches",
    ],
)
def test_hot_path_queries_use_indexes(client, world, name):
    user, friend, conversation = world
    window = {"start": (NOW + timedelta(days=1)).isoformat(), "end": (NOW + timedelta(days=8)).isoformat()}
    calls = {
        "me": _get(client, user, "/api/users/me"),
        "conversations": _get(client, user, "/api/chat/conversations"),
        "history": _get(client, user, f"/api/chat/conversations/{conversation}/messages"),
        "send": _post(
            client, user, f"/api/chat/conversations/{conversation}/messages", {"client_id": "p1", "body": "hi"}
        ),
        "sessions": _get(client, user, "/api/sessions", {"when": "upcoming"}),
        "calendar": _get(client, friend, "/api/sessions", {"role": "friend", **window}),
        "slots": _get(
            client, user, f"/api/sessions/friends/{friend.pk}/slots", {**window, "duration_minutes": 60, "tz": "UTC"}
        ),
        "book": _post(
            client,
            user,
            "/api/sessions",
            {
                "friend_id": friend.pk,
                "session_type": "video",
                "start": (NOW + timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0).isoformat(),
                "duration_minutes": 60,
            },
        ),
        "earnings": _get(client, friend, "/api/payments/earnings"),
        "inbox": _get(client, user, "/api/notifications"),
        "matches": _get(client, UserFactory(), "/api/matches/friends"),
    }
    assert_indexed(calls[name])


def test_the_check_catches_a_query_without_an_index(world):
    # A filter on a column no index covers must be reported: the check is not vacuous.
    from modules.chat.models import Message

    with pytest.raises(AssertionError, match="chat_message"):
        assert_indexed(lambda: list(Message.objects.filter(body="nobody wrote this")))


def test_the_check_catches_a_whole_index_read_for_its_order(world):
    from modules.chat.models import Message

    with pytest.raises(AssertionError, match="chat_message"):
        assert_indexed(lambda: list(Message.objects.order_by("id")[:5]))
