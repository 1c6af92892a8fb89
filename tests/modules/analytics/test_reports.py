"""Every figure of /api/admin/stats equals a plain Python count over the raw rows.

A seeded random history (population.py) is read back through the API, as JSON and as CSV, and
each number is recomputed here from the tables themselves with nothing but loops and sets."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from allauth.account.models import EmailAddress

from modules.accounts.models import Consent, FriendProfile, SignupSource, User
from modules.billing.models import LedgerEntry, Payout, PremiumPayment, Subscription
from modules.booking.models import Session, SessionTransition
from modules.chat.models import Message
from modules.feedback.models import Rating
from modules.matching.models import MatchDecision
from modules.personality.models import QuestionnaireAnswers
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.analytics.population import populate

pytestmark = pytest.mark.django_db

START = datetime(2030, 3, 20, tzinfo=UTC)
END = datetime(2030, 5, 25, tzinfo=UTC)
SEEDS = [11, 23]


def _bucket(at: datetime, period: str) -> str:
    d = at.astimezone(UTC).date()
    if period == "week":
        d = d - timedelta(days=d.weekday())
    elif period == "month":
        d = d.replace(day=1)
    return d.isoformat()


def _in_range(at: datetime | None) -> bool:
    return at is not None and START <= at < END


def _get(client, path, who, **params):
    query = {"start": START.isoformat(), "end": END.isoformat(), **params}
    response = client.get(path, query, headers=bearer(who))
    assert response.status_code == 200, response.content
    return response


def _csv_rows(response) -> list[dict[str, str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


@pytest.fixture
def manager():
    return UserFactory(role="manager")


# -- funnel ---------------------------------------------------------------------------------


def _expected_funnel(period: str) -> dict[tuple[str, str], dict[str, int]]:
    sources = dict(SignupSource.objects.values_list("user_id", "source"))
    verified = set(EmailAddress.objects.filter(verified=True).values_list("user_id", flat=True))
    answered = set(QuestionnaireAnswers.objects.values_list("user_id", flat=True))
    matched = set(MatchDecision.objects.filter(decision="accepted").values_list("user_id", flat=True))
    subs = list(Subscription.objects.values("user_id", "status", "trial_end", "current_period_end"))
    trial = {s["user_id"] for s in subs if s["trial_end"] is not None}

    def paid_period(s):
        if s["status"] in ("trialing", "incomplete", "incomplete_expired"):
            return False
        return s["trial_end"] is None or (
            s["current_period_end"] is not None and s["current_period_end"] > s["trial_end"]
        )

    paid_subs = [s for s in subs if paid_period(s)]
    paid = {s["user_id"] for s in paid_subs}
    out: dict[tuple[str, str], dict[str, int]] = defaultdict(Counter)
    for u in User.objects.filter(role="user"):
        if not _in_range(u.date_joined):
            continue
        row = out[(_bucket(u.date_joined, period), sources.get(u.pk, "direct"))]
        row["signups"] += 1
        row["verified"] += u.pk in verified
        row["questionnaire_completed"] += u.pk in answered
        row["first_match_accepted"] += u.pk in matched
        row["trial_started"] += u.pk in trial
        row["first_paid_period"] += u.pk in paid
        row["still_paying_30_days"] += any(
            s["user_id"] == u.pk
            and s["status"] == "active"
            and (s["trial_end"] or u.date_joined) <= NOW - timedelta(days=30)
            for s in paid_subs
        )
    return out


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_funnel_equals_raw_counts(client, clock, manager, seed, period):
    populate(seed)
    expected = _expected_funnel(period)
    assert expected  # the population reaches the range
    body = _get(client, "/api/admin/stats/funnel", manager, period=period).json()
    got = {
        (r["period_start"], r["source"]): {k: v for k, v in r.items() if k not in ("period_start", "source")}
        for r in body["rows"]
    }
    assert got == {k: {m: v.get(m, 0) for m in next(iter(got.values()))} for k, v in expected.items()}
    csv_rows = _csv_rows(_get(client, "/api/admin/stats/funnel/csv", manager, period=period))
    assert {
        (r["period_start"], r["source"]): {k: int(v) for k, v in r.items() if k not in ("period_start", "source")}
        for r in csv_rows
    } == got


# -- sessions -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_sessions_equal_raw_counts(client, manager, seed, period):
    populate(seed)
    sessions = [s for s in Session.objects.all() if _in_range(s.start) and s.status != "pending_payment"]
    counts: dict[str, Counter] = defaultdict(Counter)
    minutes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in sessions:
        c = counts[_bucket(s.start, period)]
        c["booked"] += 1
        c["upcoming"] += s.status in ("booked", "in_progress")
        for status in ("completed", "cancelled", "no_show_user", "no_show_friend"):
            c[status] += s.status == status
        if s.status == "completed":
            m = minutes[(_bucket(s.start, period), s.session_type)]
            m["sessions"] += 1
            m["minutes"] += int((s.end - s.start).total_seconds() // 60)
    cancels: Counter = Counter()
    by_id = {s.pk: s for s in sessions}
    for t in SessionTransition.objects.filter(to_status="cancelled"):
        s = by_id.get(t.session_id)
        if s is None or s.status != "cancelled":
            continue
        side = "user" if t.actor_id == s.user_id else "friend" if t.actor_id == s.friend_id else "staff_or_system"
        lead = s.start - t.at
        lead_time = (
            "under_24h" if lead < timedelta(hours=24) else "1_to_7_days" if lead < timedelta(days=7) else "over_7_days"
        )
        cancels[(_bucket(s.start, period), side, lead_time)] += 1

    body = _get(client, "/api/admin/stats/sessions", manager, period=period).json()
    assert {r.pop("period_start"): r for r in body["counts"]} == {
        b: {k: c[k] for k in ("booked", "upcoming", "completed", "cancelled", "no_show_user", "no_show_friend")}
        for b, c in counts.items()
    }
    assert {(r["period_start"], r["side"], r["lead_time"]): r["count"] for r in body["cancellations"]} == dict(cancels)
    assert {(r["period_start"], r["session_type"]): (r["sessions"], r["minutes"]) for r in body["minutes"]} == {
        k: (m["sessions"], m["minutes"]) for k, m in minutes.items()
    }
    csv_rows = _csv_rows(_get(client, "/api/admin/stats/sessions/csv", manager, period=period))
    as_csv = {(r["period_start"], r["metric"]): int(r["value"]) for r in csv_rows}
    assert sum(v for (_, metric), v in as_csv.items() if metric == "booked") == len(sessions)
    assert sum(v for (_, metric), v in as_csv.items() if metric.startswith("cancelled.")) == sum(cancels.values())
    for (b, side, lead), n in cancels.items():
        assert as_csv[(b, f"cancelled.{side}.{lead}")] == n


# -- revenue --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("period", ["week", "month"])
def test_revenue_equals_raw_sums(client, manager, seed, period):
    populate(seed)
    ledger: Counter = Counter()
    lines: Counter = Counter()
    for e in LedgerEntry.objects.all():
        if _in_range(e.created_at):
            key = (_bucket(e.created_at, period), e.currency, e.kind, e.account)
            ledger[key] += e.amount_minor
            lines[key] += 1
    premium: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for p in PremiumPayment.objects.filter(status__in=["succeeded", "refund_pending", "refunded"]):
        if _in_range(p.created_at):
            row = premium[(_bucket(p.created_at, period), p.currency)]
            row["paid"] += 1
            row["paid_minor"] += p.amount_minor
            row["refunded_minor"] += p.refunded_minor
            row["disputed"] += p.disputed
    payouts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for o in Payout.objects.all():
        if _in_range(o.created_at):
            row = payouts[(_bucket(o.created_at, period), o.currency, o.status)]
            row["count"] += 1
            row["amount_minor"] += o.amount_minor

    body = _get(client, "/api/admin/stats/revenue", manager, period=period).json()
    assert {
        (r["period_start"], r["currency"], r["kind"], r["account"]): (r["amount_minor"], r["lines"])
        for r in body["ledger"]
    } == {k: (v, lines[k]) for k, v in ledger.items()}
    assert {
        (r["period_start"], r["currency"]): {k: r[k] for k in ("paid", "paid_minor", "refunded_minor", "disputed")}
        for r in body["premium"]
    } == {k: {m: v[m] for m in ("paid", "paid_minor", "refunded_minor", "disputed")} for k, v in premium.items()}
    assert {
        (r["period_start"], r["currency"], r["status"]): (r["count"], r["amount_minor"]) for r in body["payouts"]
    } == {k: (v["count"], v["amount_minor"]) for k, v in payouts.items()}
    csv_rows = _csv_rows(_get(client, "/api/admin/stats/revenue/csv", manager, period=period))
    as_csv = {(r["period_start"], r["currency"], r["metric"]): int(r["value"]) for r in csv_rows}
    for (b, currency, kind, account), amount in ledger.items():
        assert as_csv[(b, currency, f"ledger.{kind}.{account}")] == amount


# -- friends --------------------------------------------------------------------------------


def _expected_friends() -> dict[int, dict]:
    weeks = (END - START) / timedelta(weeks=1)
    capacity = dict(FriendProfile.objects.values_list("user_id", "weekly_capacity"))
    sessions = [s for s in Session.objects.all() if _in_range(s.start) and s.status != "pending_payment"]
    held_statuses = ("booked", "in_progress", "completed", "no_show_user", "no_show_friend")
    cancelled_by_friend = {
        t.session_id
        for t in SessionTransition.objects.filter(to_status="cancelled")
        if t.actor_id == t.session.friend_id and t.session.status == "cancelled"
    }
    out: dict[int, dict] = {}
    for f in {s.friend_id for s in sessions}:
        mine = [s for s in sessions if s.friend_id == f]
        held = [s for s in mine if s.status in held_statuses]
        per_user = Counter(s.user_id for s in held)
        stars = [r.stars for r in Rating.objects.filter(ratee_id=f, rater_side="user") if _in_range(r.created_at)]
        earnings: Counter = Counter()
        for e in LedgerEntry.objects.filter(friend_id=f, account="friend", kind="earning"):
            if _in_range(e.created_at):
                earnings[e.currency] += e.amount_minor
        cap = capacity.get(f, 0)
        out[f] = {
            "friend_id": f,
            "sessions": len(mine),
            "held": len(held),
            "completed": sum(s.status == "completed" for s in mine),
            "cancelled_by_friend": sum(s.pk in cancelled_by_friend for s in mine),
            "no_show_friend": sum(s.status == "no_show_friend" for s in mine),
            "no_show_user": sum(s.status == "no_show_user" for s in mine),
            "ratings": len(stars),
            "average_rating": round(sum(stars) / len(stars), 2) if stars else None,
            "earnings": [{"currency": c, "amount_minor": a} for c, a in sorted(earnings.items())],
            "rebooking_rate": round(sum(n >= 2 for n in per_user.values()) / len(per_user), 4) if per_user else None,
            "weekly_capacity": cap,
            "utilisation": round(len(held) / (cap * weeks), 4) if cap else None,
        }
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_friend_performance_equals_raw_counts(client, manager, seed):
    populate(seed)
    expected = _expected_friends()
    body = _get(client, "/api/admin/stats/friends", manager, limit=100).json()
    assert body["total"] == len(expected)
    assert {r["friend_id"]: r for r in body["items"]} == expected
    assert [r["sessions"] for r in body["items"]] == sorted((r["sessions"] for r in expected.values()), reverse=True)
    first = _get(client, "/api/admin/stats/friends", manager, limit=2, offset=1).json()
    assert first["items"] == body["items"][1:3]
    csv_rows = _csv_rows(_get(client, "/api/admin/stats/friends/csv", manager, limit=100))
    assert [int(r["friend_id"]) for r in csv_rows] == [r["friend_id"] for r in body["items"]]
    assert [int(r["completed"]) for r in csv_rows] == [r["completed"] for r in body["items"]]


def test_friend_report_runs_constant_sql(client, manager):
    from tests.query_counts import queries_and_body

    populate(5, friends=1, sessions=3)
    few, _ = queries_and_body(lambda: _get(client, "/api/admin/stats/friends", manager))
    populate(6, friends=12, sessions=120)
    many, body = queries_and_body(lambda: _get(client, "/api/admin/stats/friends", manager))
    assert len(body["items"]) >= 10
    assert len(many) == len(few)


# -- chat -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("period", ["day", "week"])
def test_chat_activity_equals_raw_counts(client, manager, seed, period):
    populate(seed)
    rows: dict[str, dict[str, set | int]] = {}
    for m in Message.objects.all():
        if _in_range(m.created_at):
            row = rows.setdefault(_bucket(m.created_at, period), {"messages": 0, "c": set(), "s": set()})
            row["messages"] += 1
            row["c"].add(m.conversation_id)
            row["s"].add(m.sender_id)
    expected = {b: (r["messages"], len(r["c"]), len(r["s"])) for b, r in rows.items()}
    body = _get(client, "/api/admin/stats/chat", manager, period=period).json()
    assert {
        r["period_start"]: (r["messages"], r["active_conversations"], r["senders"]) for r in body["rows"]
    } == expected
    csv_rows = _csv_rows(_get(client, "/api/admin/stats/chat/csv", manager, period=period))
    assert {
        r["period_start"]: (int(r["messages"]), int(r["active_conversations"]), int(r["senders"])) for r in csv_rows
    } == expected


# -- access and input -----------------------------------------------------------------------


@pytest.mark.parametrize("report", ["funnel", "sessions", "revenue", "friends", "chat", "funnel/csv", "chat/csv"])
def test_only_staff_read_reports(client, report):
    for role, status in (("user", 403), ("friend", 403), ("manager", 200), ("admin", 200)):
        response = client.get(f"/api/admin/stats/{report}", headers=bearer(UserFactory(role=role)))
        assert response.status_code == status, (role, response.content)
    assert client.get(f"/api/admin/stats/{report}").status_code == 401


def test_bad_ranges_are_refused(client, manager):
    def get(**params):
        return client.get("/api/admin/stats/sessions", params, headers=bearer(manager))

    assert get(start=END.isoformat(), end=START.isoformat()).status_code == 422
    assert get(start="2020-01-01T00:00:00Z", end="2026-01-01T00:00:00Z").status_code == 422
    assert get(start="2030-01-01T00:00:00").status_code == 422  # naive
    assert get(period="year").status_code == 422


def test_reports_are_empty_not_failing_without_data(client, manager):
    for report in ("funnel", "chat"):
        assert _get(client, f"/api/admin/stats/{report}", manager).json()["rows"] == []
    assert _get(client, "/api/admin/stats/friends", manager).json() == {
        "items": [],
        "total": 0,
        "limit": 20,
        "offset": 0,
    }


def test_do_not_sell_people_are_never_shareable(clock):
    from modules.analytics.public import third_party_shareable

    a, b, c = UserFactory(), UserFactory(), UserFactory()
    Consent.objects.create(user=a, kind="do_not_sell", granted=True, at=NOW - timedelta(days=2))
    Consent.objects.create(user=b, kind="do_not_sell", granted=True, at=NOW - timedelta(days=2))
    Consent.objects.create(user=b, kind="do_not_sell", granted=False, at=NOW - timedelta(days=1))  # withdrawn
    assert third_party_shareable([a.pk, b.pk, c.pk]) == [b.pk, c.pk]
