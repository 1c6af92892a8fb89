"""Hot paths use indexes: every query the hot endpoints run is EXPLAINed on PostgreSQL.

Each hot operation of issue 13 runs through the real endpoint under CaptureQueriesContext, and
every statement it sent is EXPLAINed (no hand-copied SQL). Two checks per statement:

- Realistic: the growing tables are first seeded with tens of thousands of rows spread over
  thousands of people and ANALYZEd, so that without a usable index the planner would choose a
  sequential scan; with default planner settings, a Seq Scan of a seeded table fails the test.
- Strict: the planner is told sequential scans cost a fortune (`enable_seqscan = off`): a query
  that still scans a table sequentially, or reads a whole index without a condition, has no index
  it could use, and fails the test if the table is one that grows without bound (even the ones
  not seeded here). Small reference tables (plans, questionnaire versions) may be scanned.
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

from modules.billing.models import LedgerEntry
from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory, SessionFactory
from tests.modules.group_events.factories import event_of

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
    "group_events_event",
    "group_events_eventhost",
    "group_events_seat",
}

# Rows per seeded table: enough that a query without a usable index is planned as a Seq Scan.
BULK = 10_000
# The long conversation: a history page deep in it starts LONG - 500 messages from the end.
LONG = 3_000


def _seq_scans(sql: str, *, strict: bool) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL enable_seqscan = {'off' if strict else 'on'}")
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
        cursor.execute("SET LOCAL enable_seqscan = on")
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


def _node_types(sql: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    found: set[str] = set()

    def walk(node: dict) -> None:
        found.add(node["Node Type"])
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


def _explainable(sql: str) -> bool:
    head = sql.lstrip().split(None, 1)[0].upper()
    return (
        head in {"SELECT", "UPDATE", "DELETE", "INSERT", "WITH"} and "pg_" not in sql and "SAVEPOINT" not in sql.upper()
    )


def assert_indexed(call: Callable[[], object], *, seeded: frozenset[str] = frozenset()) -> int:
    """Run `call`, EXPLAIN what it sent; returns how many statements were checked."""
    with CaptureQueriesContext(connection) as ctx:
        response = call()
    assert getattr(response, "status_code", 200) < 400, getattr(response, "content", response)
    offenders = []
    checked = 0
    for query in ctx.captured_queries:
        sql = query["sql"]
        if not _explainable(sql) or re.match(r"\s*INSERT", sql, re.IGNORECASE):
            continue
        checked += 1
        scanned = _seq_scans(sql, strict=True) & LARGE_TABLES
        if seeded:
            scanned |= _seq_scans(sql, strict=False) & seeded
        if scanned:
            offenders.append(f"{sorted(scanned)}: {sql}")
    assert not offenders, "sequential scans on hot paths:\n" + "\n\n".join(offenders)
    return checked


def _clone(table: str, *, template: str, count: int, overrides: dict[str, str]) -> None:
    """Insert `count` copies of the row `template` selects, `g` (1..count) in `overrides`' SQL."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND column_name <> 'id'"
            " ORDER BY ordinal_position",
            [table],
        )
        columns = [row[0] for row in cursor.fetchall()]
        names = ", ".join(f'"{c}"' for c in columns)
        values = ", ".join(overrides.get(c, f't."{c}"') for c in columns)
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT {values}"
            f" FROM {table} t CROSS JOIN generate_series(1, {count}) g WHERE {template}"
        )


def _seed(user, friend, conversation) -> frozenset[str]:
    """A year of traffic in miniature: rows spread over BULK other people, then ANALYZE.

    The world's own rows stay few (a person's page is small), while the tables are large, so only
    an index on the filtered columns makes the planner avoid reading the whole table."""
    other = UserFactory()
    Notification.objects.create(user=user, key="plans:template", kind="system", title="t", body="b")
    event_of(friend, start=NOW + timedelta(days=4))
    LedgerEntry.objects.create(
        journal="plans", entry_key="plans:template", account="friend", friend=friend, amount_minor=100,
        currency="usd", kind="earning", available_at=NOW, created_at=NOW,
    )  # fmt: skip
    _clone(
        "accounts_user", template=f"t.id = {other.pk}", count=BULK,
        overrides={"email": "'bulk' || g || '@example.com'"},
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id) FROM accounts_user WHERE email LIKE 'bulk%%'")
        first = cursor.fetchone()[0]
    _clone(
        "accounts_profile", template=f"t.user_id = {other.pk}", count=BULK, overrides={"user_id": f"{first} - 1 + g"}
    )
    person = f"({first} + g % {BULK})"
    another = f"({first} + (g + 1) % {BULK})"
    # Sessions (one per person as user, one as friend, an hour apart: no overlap) and their trail.
    _clone(
        "booking_session", template=f"t.id = (SELECT min(id) FROM booking_session WHERE user_id = {user.pk})",
        count=BULK,
        overrides={
            "user_id": person, "friend_id": another,
            "start": "t.start - g * interval '1 hour'",
            "end": "t.\"end\" - g * interval '1 hour'",
        },
    )  # fmt: skip
    # A long conversation (the world's) and many short ones between other people.
    _clone(
        "chat_conversation", template=f"t.id = {conversation}", count=BULK // 4,
        overrides={"key": "'bulk:' || g"},
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO booking_sessiontransition (session_id, from_status, to_status, actor_id, reason, at)"
            " SELECT id, '', status, user_id, '', created_at FROM booking_session"
        )
        cursor.execute(
            "INSERT INTO chat_membership (conversation_id, user_id, last_read_id, joined_at)"
            f" SELECT c.id, {first} + c.id % {BULK}, 0, c.created_at FROM chat_conversation c"
            " WHERE c.key LIKE 'bulk:%%'"
        )
        # The long conversation is an old, quiet one: every other conversation's messages are newer
        # (the worst case for a page ordered by id, see chat's repositories.messages.page).
        cursor.execute(
            "INSERT INTO chat_message (conversation_id, seq, sender_id, client_id, body, created_at)"
            f" SELECT {conversation}, g, {user.pk}, 'bulk-' || g, 'message ' || g,"
            f" %s::timestamptz - ({LONG} - g) * interval '1 minute' FROM generate_series(1, {LONG}) g",
            [NOW],
        )
        cursor.execute(
            "INSERT INTO chat_message (conversation_id, seq, sender_id, client_id, body, created_at)"
            " SELECT m.conversation_id, g, m.user_id, 'bulk-' || g, 'hello', m.joined_at"
            " FROM chat_membership m JOIN chat_conversation c ON c.id = m.conversation_id"
            " CROSS JOIN generate_series(1, 8) g WHERE c.key LIKE 'bulk:%%'"
        )
        cursor.execute(
            "UPDATE chat_conversation c SET last_seq = x.seq, last_message_id = x.id, last_message_at = x.created_at"
            " FROM (SELECT DISTINCT ON (conversation_id) conversation_id, seq, id, created_at FROM chat_message"
            "       ORDER BY conversation_id, seq DESC) x WHERE x.conversation_id = c.id"
        )
    _clone(
        "notifications_notification", template="t.key = 'plans:template'", count=BULK * 2,
        overrides={
            "user_id": person, "key": "'bulk:' || g",
            "read_at": "CASE WHEN g % 3 = 0 THEN NULL ELSE t.created_at END",  # a third unread
        },
    )  # fmt: skip
    # Events: a year of past ones, and future ones that are cancelled or still drafts.
    _clone(
        "group_events_event", template=f"t.created_by_id = {friend.pk}", count=BULK,
        overrides={
            "created_by_id": person,
            "start": "t.start - g * interval '10 minutes'", "end": "t.\"end\" - g * interval '10 minutes'",
            "status": "CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE t.status END",
        },
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO group_events_eventhost (event_id, host_id)"
            " SELECT id, created_by_id FROM group_events_event WHERE created_by_id <> %s",
            [friend.pk],
        )
    _clone(
        "billing_ledgerentry", template="t.entry_key = 'plans:template'", count=BULK,
        overrides={"friend_id": person, "entry_key": "'bulk:' || g"},
    )  # fmt: skip
    seeded = frozenset({
        "accounts_user", "accounts_profile", "booking_session", "booking_sessiontransition", "chat_conversation",
        "chat_membership", "chat_message", "notifications_notification", "group_events_event", "group_events_eventhost",
        "billing_ledgerentry",
    })  # fmt: skip
    with connection.cursor() as cursor:
        for table in sorted(seeded):
            cursor.execute(f"ANALYZE {table}")
    return seeded


@pytest.fixture
def world(clock):
    user, friend = SubscriberFactory(), FriendFactory()
    AvailabilityFactory(friend=friend)
    conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    for i in range(3):
        SessionFactory(user=user, friend=friend, start=NOW + timedelta(days=2, hours=i * 2))
    return user, friend, conversation


@pytest.fixture
def seeded(world):
    return _seed(*world)


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
        "history_deep",
        "send",
        "sessions",
        "calendar",
        "slots",
        "book",
        "earnings",
        "inbox",
        "unread",
        "events",
        "matches",
    ],
)
def test_hot_path_queries_use_indexes(client, world, seeded, name):
    user, friend, conversation = world
    deep = Message.objects.get(conversation_id=conversation, seq=500).pk  # far from the newest
    window = {"start": (NOW + timedelta(days=1)).isoformat(), "end": (NOW + timedelta(days=8)).isoformat()}
    calls = {
        "me": _get(client, user, "/api/users/me"),
        "conversations": _get(client, user, "/api/chat/conversations"),
        "history": _get(client, user, f"/api/chat/conversations/{conversation}/messages"),
        "history_deep": _get(client, user, f"/api/chat/conversations/{conversation}/messages", {"before": deep}),
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
        "unread": _get(client, user, "/api/notifications/unread-count"),
        "events": _get(client, user, "/api/events"),
        "matches": _get(client, UserFactory(), "/api/matches/friends"),
    }
    assert assert_indexed(calls[name], seeded=seeded) >= 1


@pytest.mark.parametrize("job", ["notifications", "webhook_events"])
def test_retention_jobs_use_indexes(world, seeded, settings, job):
    from modules.billing.models import ProcessedEvent
    from modules.billing.public import purge_processed_events
    from modules.notifications.public import purge_finished

    settings.RETENTION_MAX_BATCHES = 1
    for i in range(3):
        ProcessedEvent.objects.create(
            event_id=f"evt_{i}", type="x", created=NOW - timedelta(days=90 + i), processed_at=NOW
        )
    run = purge_finished if job == "notifications" else lambda: purge_processed_events(before=NOW)
    assert assert_indexed(run, seeded=seeded) >= 1


@pytest.mark.parametrize("deep", [False, True])
def test_a_history_page_reads_only_its_page(client, world, seeded, deep):
    # The foreign-key index on conversation alone is "an index", but a page would then read and
    # sort the whole conversation: the cost would grow with its length. (conversation, id) reads
    # the page in order.
    user, _, conversation = world
    params = {"before": Message.objects.get(conversation_id=conversation, seq=500).pk} if deep else {}
    with CaptureQueriesContext(connection) as ctx:
        assert (
            client.get(f"/api/chat/conversations/{conversation}/messages", params, headers=bearer(user)).status_code
            == 200
        )
    pages = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith('SELECT "chat_message"."id"')]
    assert pages
    for sql in pages:
        assert "Sort" not in _node_types(sql), sql


def test_the_tables_are_large_enough_to_matter(seeded):
    # Without an index the planner must pick a Seq Scan on these volumes, with default settings.
    with connection.cursor() as cursor:
        for table in ("chat_message", "notifications_notification", "booking_session", "group_events_event"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            assert cursor.fetchone()[0] >= BULK, table
    assert "chat_message" in _seq_scans("SELECT id FROM chat_message WHERE body = 'nobody'", strict=False)


def test_the_realistic_check_catches_a_query_without_an_index(seeded):
    with pytest.raises(AssertionError, match="notifications_notification"):
        assert_indexed(lambda: list(Notification.objects.filter(title="nobody")), seeded=seeded)


def test_the_check_catches_a_query_without_an_index(world):
    # A filter on a column no index covers must be reported: the check is not vacuous.
    with pytest.raises(AssertionError, match="chat_message"):
        assert_indexed(lambda: list(Message.objects.filter(body="nobody wrote this")))


def test_the_check_catches_a_whole_index_read_for_its_order(world):
    with pytest.raises(AssertionError, match="chat_message"):
        assert_indexed(lambda: list(Message.objects.order_by("id")[:5]))
