"""One contract for the session store, run against the Django repository (on the database)
and the in-memory fake: overlaps refused as `slot_taken`, what holds time, transitions, moves,
listing order and filters, not-found."""

from __future__ import annotations

import inspect
import itertools
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings

from core.errors import Conflict
from modules.booking.domain.intervals import Interval
from modules.booking.domain.sessions import SessionStatus
from modules.booking.repositories import sessions as django_sessions
from modules.booking.repositories.ports import SessionStore
from tests.modules.accounts.factories import UserFactory
from tests.modules.booking.fakes import InMemorySessionStore

# The fake's runs need no database; a transaction each is the price of one parametrised suite.
pytestmark = pytest.mark.django_db

T0 = datetime(2030, 3, 6, 9, 0, tzinfo=UTC)
AT = datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
OPERATIONS = sorted(name for name, value in vars(SessionStore).items() if callable(value) and not name.startswith("_"))


def slot(hours_from_t0: float, length: float = 1) -> Interval:
    return Interval(T0 + hours_from_t0 * H, T0 + (hours_from_t0 + length) * H)


class DjangoBackend:
    name = "django"
    repo = django_sessions

    def users(self, n: int) -> list[int]:
        return [UserFactory().pk for _ in range(n)]


class MemoryBackend:
    name = "memory"

    def __init__(self) -> None:
        self.repo = InMemorySessionStore()
        self._users = itertools.count(1000)

    def users(self, n: int) -> list[int]:
        return [next(self._users) for _ in range(n)]


@pytest.fixture(params=["django", "memory"])
def backend(request):
    return DjangoBackend() if request.param == "django" else MemoryBackend()


def book(backend, user: int, friend: int, where: Interval, status: SessionStatus = SessionStatus.BOOKED):
    return backend.repo.create_session(
        user_id=user,
        friend_id=friend,
        session_type="video",
        slot=where,
        price_minor=2500,
        currency="usd",
        at=AT,
        status=status,
    )


def _needs_the_constraints(backend) -> None:
    if backend.name == "django" and not settings.USING_POSTGRES:
        pytest.skip("SQLite has no exclusion constraints; the services check overlaps first")


def test_the_protocol_lists_the_operations():
    assert len(OPERATIONS) == 12


@pytest.mark.parametrize("member", OPERATIONS)
def test_both_implement_every_operation_with_the_same_parameters(member):
    expected = [p for p in inspect.signature(getattr(SessionStore, member)).parameters if p != "self"]
    assert list(inspect.signature(getattr(django_sessions, member)).parameters) == expected
    assert [p for p in inspect.signature(getattr(InMemorySessionStore, member)).parameters if p != "self"] == expected


def test_a_created_session_reads_back_with_its_first_transition(backend):
    user, friend = backend.users(2)
    created = book(backend, user, friend, slot(0))
    assert (created.user_id, created.friend_id, created.session_type) == (user, friend, "video")
    assert (created.start, created.end, created.status) == (slot(0).start, slot(0).end, SessionStatus.BOOKED)
    assert (created.price_minor, created.currency) == (2500, "usd")
    assert backend.repo.get_session(created.id) == created == backend.repo.lock_session(created.id)
    [first] = backend.repo.transitions_of(created.id)
    assert (first.from_status, first.to_status, first.actor_id, first.reason, first.at) == ("", "booked", user, "", AT)
    assert backend.repo.get_session(987654) is None
    assert backend.repo.lock_session(987654) is None
    assert backend.repo.transitions_of(987654) == []


def test_overlapping_held_time_of_the_same_friend_or_user_is_slot_taken(backend):
    _needs_the_constraints(backend)
    user, other_user, friend, other_friend = backend.users(4)
    book(backend, user, friend, slot(0))
    for who, whom, where in [
        (other_user, friend, slot(0.5)),  # the friend is busy
        (user, other_friend, slot(-0.5)),  # the user is busy
    ]:
        with pytest.raises(Conflict) as refused:
            book(backend, who, whom, where)
        assert refused.value.code == "slot_taken"
    # Touching ends do not overlap ([start, end)); others' time is free.
    book(backend, other_user, friend, slot(1))
    book(backend, other_user, other_friend, slot(0))
    # Pending payment holds time too.
    book(backend, user, other_friend, slot(5), status=SessionStatus.PENDING_PAYMENT)
    with pytest.raises(Conflict):
        book(backend, other_user, other_friend, slot(5))
    assert len(backend.repo.busy_intervals(window=slot(-10, 30))) == 4


def test_a_cancelled_session_frees_its_time(backend):
    _needs_the_constraints(backend)
    user, other, friend = backend.users(3)
    first = book(backend, user, friend, slot(0))
    cancelled = backend.repo.record_transition(
        session_id=first.id,
        from_status=SessionStatus.BOOKED,
        to_status=SessionStatus.CANCELLED,
        actor_id=user,
        reason="changed my mind",
        at=AT + H,
    )
    assert cancelled.status == SessionStatus.CANCELLED
    assert backend.repo.busy_intervals(friend_id=friend, window=slot(-1, 3)) == []
    book(backend, other, friend, slot(0))
    assert [(t.from_status, t.to_status, t.reason) for t in backend.repo.transitions_of(first.id)] == [
        ("", "booked", ""),
        ("booked", "cancelled", "changed my mind"),
    ]


def test_moving_never_lands_on_held_time_and_frees_the_old(backend):
    _needs_the_constraints(backend)
    user, other, friend = backend.users(3)
    mine = book(backend, user, friend, slot(0))
    theirs = book(backend, other, friend, slot(3))
    moved = backend.repo.move_session(session_id=mine.id, slot=slot(0.5), actor_id=user, reason="", at=AT + H)
    assert (moved.start, moved.end) == (slot(0.5).start, slot(0.5).end)  # over its own old time: fine
    with pytest.raises(Conflict):
        backend.repo.move_session(session_id=mine.id, slot=slot(2.5), actor_id=user, reason="later", at=AT + 2 * H)
    assert backend.repo.get_session(mine.id) == moved  # nothing changed
    assert backend.repo.get_session(theirs.id) == theirs
    book(backend, other, friend, slot(0, 0.5))  # the old time before the new start is free again
    reasons = [t.reason for t in backend.repo.transitions_of(mine.id)]
    assert reasons == ["", f"rescheduled to {slot(0.5).start.isoformat()}"]


def test_busy_intervals_are_held_time_overlapping_the_window(backend):
    user, friend, other = backend.users(3)
    book(backend, user, friend, slot(0))
    done = book(backend, other, friend, slot(2))
    backend.repo.record_transition(
        session_id=done.id,
        from_status=SessionStatus.BOOKED,
        to_status=SessionStatus.NO_SHOW_USER,
        actor_id=None,
        reason="",
        at=AT,
    )
    assert backend.repo.busy_intervals(friend_id=friend, window=slot(0.5, 5)) == [slot(0)]
    assert backend.repo.busy_intervals(user_id=user, window=slot(1, 5)) == []  # ends where the window starts
    assert backend.repo.busy_intervals(user_id=other, window=slot(-5, 20)) == []


@pytest.fixture
def diary(backend):
    """A user's sessions with three friends at different times and states."""
    user, f1, f2, f3 = backend.users(4)
    s = {
        "early": book(backend, user, f1, slot(0)),
        "middle": book(backend, user, f2, slot(24)),
        "late": book(backend, user, f3, slot(48)),
        "cancelled": book(backend, user, f1, slot(24 + 2)),
    }
    s["cancelled"] = backend.repo.record_transition(
        session_id=s["cancelled"].id,
        from_status=SessionStatus.BOOKED,
        to_status=SessionStatus.CANCELLED,
        actor_id=user,
        reason="",
        at=AT,
    )
    return backend.repo, user, (f1, f2, f3), s


def test_sessions_for_orders_filters_and_pages(diary):
    repo, user, (f1, _, _), s = diary

    def ids(**kw):
        args = {"window": None, "statuses": None, "limit": 10, "offset": 0, "newest_first": False} | kw
        rows, total = repo.sessions_for(
            user_id=args.pop("user_id", user), as_friend=args.pop("as_friend", False), **args
        )
        return [r.id for r in rows], total

    everything = [s["early"].id, s["middle"].id, s["cancelled"].id, s["late"].id]
    assert ids() == (everything, 4)
    assert ids(newest_first=True) == (everything[::-1], 4)
    assert ids(limit=2, offset=1) == (everything[1:3], 4)
    assert ids(window=slot(23, 4)) == ([s["middle"].id, s["cancelled"].id], 2)
    assert ids(statuses=["cancelled"]) == ([s["cancelled"].id], 1)
    assert ids(user_id=f1, as_friend=True) == ([s["early"].id, s["cancelled"].id], 2)
    assert ids(user_id=f1) == ([], 0)  # f1 booked nothing as a user
    now = T0 + 12 * H
    assert ids(when="upcoming", now=now) == ([s["middle"].id, s["late"].id], 2)
    assert ids(when="past", now=now) == ([s["early"].id, s["cancelled"].id], 2)
    with pytest.raises(ValueError):
        ids(when="past")


def test_the_sweeps_find_what_is_due(diary):
    repo, _, (f1, f2, _), s = diary
    started = repo.record_transition(
        session_id=s["early"].id,
        from_status=SessionStatus.BOOKED,
        to_status=SessionStatus.IN_PROGRESS,
        actor_id=None,
        reason="",
        at=AT,
    )
    assert repo.due_for_completion(now=started.end - timedelta(seconds=1)) == []
    assert repo.due_for_completion(now=started.end) == [started.id]
    assert repo.booked_ended_before(T0 + 25 * H) == [s["middle"].id]  # in progress and cancelled are not
    assert repo.booked_ended_before(T0 + 100 * H, limit=1) == [s["middle"].id]
    assert [v.id for v in repo.booked_starting_between(T0, T0 + 48 * H)] == [s["middle"].id, s["late"].id]
    assert repo.booked_starting_between(T0 + 24 * H, T0 + 47 * H) == []  # the lower bound is exclusive
    assert repo.holding_count(friend_id=f1, window=slot(0, 48)) == 1  # the cancelled one holds nothing
    assert repo.holding_count(friend_id=f2, window=slot(0, 24)) == 0  # starts at the window's end
