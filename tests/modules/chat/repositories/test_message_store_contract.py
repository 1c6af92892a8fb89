"""One contract for the message store, run against the Django repository (on the database)
and the in-memory fake: numbering, idempotency keys, uniqueness conflicts, not-found, paging
and ordering must answer the same."""

from __future__ import annotations

import inspect
import itertools
from datetime import UTC, datetime

import pytest
from django.db import IntegrityError, transaction

from modules.chat.domain.messages import Draft
from modules.chat.models import Conversation, Membership
from modules.chat.repositories import messages as django_messages
from modules.chat.repositories.ports import MessageStore
from tests.modules.accounts.factories import UserFactory
from tests.modules.chat.fakes import InMemoryMessageStore

AT = datetime(2030, 3, 6, 12, 0, tzinfo=UTC)
_keys = itertools.count()

# The fake's runs need no database; a transaction each is the price of one parametrised suite.
pytestmark = pytest.mark.django_db


class DjangoBackend:
    repo = django_messages

    def users(self, n: int) -> list[int]:
        return [UserFactory().pk for _ in range(n)]

    def conversation(self, members: list[int], *, closed: bool = False) -> int:
        c = Conversation.objects.create(kind="group", key=f"group:contract-{next(_keys)}", closed=closed)
        Membership.objects.bulk_create(Membership(conversation=c, user_id=uid) for uid in members)
        return c.pk

    def atomic(self):
        return transaction.atomic()


class MemoryBackend:
    def __init__(self) -> None:
        self.repo = InMemoryMessageStore()
        self._users = itertools.count(1000)

    def users(self, n: int) -> list[int]:
        return [next(self._users) for _ in range(n)]

    def conversation(self, members: list[int], *, closed: bool = False) -> int:
        return self.repo.add_conversation(members, closed=closed)

    def atomic(self):
        return self.repo.atomic()


@pytest.fixture(params=["django", "memory"])
def backend(request):
    return DjangoBackend() if request.param == "django" else MemoryBackend()


def _send(backend, drafts: list[Draft]):
    """What the services do: lock, then insert numbered from the positions read."""
    with backend.atomic():
        locked = backend.repo.lock_for_writing(drafts)
        return backend.repo.insert_numbered(drafts, last_seq=locked.last_seq, at=AT)


def _draft(cid: int, sender: int, client_id: str) -> Draft:
    return Draft(sender_id=sender, conversation_id=cid, client_id=client_id, body=f"body {client_id}")


OPERATIONS = sorted(name for name, value in vars(MessageStore).items() if callable(value) and not name.startswith("_"))


def test_the_protocol_lists_the_operations():
    assert len(OPERATIONS) == 8


@pytest.mark.parametrize("member", OPERATIONS)
def test_both_implement_every_operation_with_the_same_parameters(member):
    expected = [p for p in inspect.signature(getattr(MessageStore, member)).parameters if p != "self"]
    assert list(inspect.signature(getattr(django_messages, member)).parameters) == expected
    assert [p for p in inspect.signature(getattr(InMemoryMessageStore, member)).parameters if p != "self"] == expected


def test_messages_are_numbered_on_from_the_position_in_input_order(backend):
    """Returned by conversation, then seq."""
    a, b = backend.users(2)
    one, two = backend.conversation([b, a]), backend.conversation([a])
    stored = _send(backend, [_draft(one, a, "x1"), _draft(two, a, "y1"), _draft(one, b, "x2")])
    assert [(m.conversation_id, m.seq, m.client_id) for m in stored] == [(one, 1, "x1"), (one, 2, "x2"), (two, 1, "y1")]
    assert all(m.created_at == AT and m.body == f"body {m.client_id}" for m in stored)
    first, second, _ = stored
    assert first.id < second.id  # ids rise with seq within a conversation
    more = _send(backend, [_draft(one, b, "x3")])
    assert [m.seq for m in more] == [3]
    assert backend.repo.last_seqs([one, two]) == {one: 3, two: 1}

    locked = backend.repo.lock_for_writing([_draft(one, a, "x1"), _draft(two, b, "x1"), _draft(one, a, "new")])
    assert locked.last_seq == {one: 3, two: 1}
    assert locked.members == {one: tuple(sorted((a, b))), two: (a,)}
    # Only the exact (conversation, sender, client id) counts as stored before.
    assert set(locked.existing) == {(one, a, "x1")}
    assert locked.existing[(one, a, "x1")] == first
    assert locked.closed == frozenset()


def test_unknown_conversations_are_absent_and_closed_ones_flagged(backend):
    (a,) = backend.users(1)
    closed = backend.conversation([a], closed=True)
    locked = backend.repo.lock_for_writing([_draft(closed, a, "c"), _draft(987654, a, "c")])
    assert (locked.last_seq, locked.members, locked.closed) == ({closed: 0}, {closed: (a,)}, frozenset({closed}))
    assert backend.repo.last_seqs([closed, 987654]) == {closed: 0}
    assert backend.repo.get_message(987654) is None


def test_a_stored_key_again_is_a_conflict_and_stores_nothing(backend):
    a, b = backend.users(2)
    cid = backend.conversation([a, b])
    _send(backend, [_draft(cid, a, "k")])
    with pytest.raises(IntegrityError), backend.atomic():
        backend.repo.insert_numbered([_draft(cid, b, "fresh"), _draft(cid, a, "k")], last_seq={cid: 1}, at=AT)
    assert [m.client_id for m in backend.repo.seq_range(cid, after_seq=0)] == ["k"]
    assert backend.repo.last_seqs([cid]) == {cid: 1}
    # The same client id from someone else, or in another conversation, is a new message.
    other = backend.conversation([a])
    assert len(_send(backend, [_draft(cid, b, "k"), _draft(other, a, "k")])) == 2


def test_a_stale_position_is_a_conflict(backend):
    (a,) = backend.users(1)
    cid = backend.conversation([a])
    _send(backend, [_draft(cid, a, "1"), _draft(cid, a, "2")])
    with pytest.raises(IntegrityError), backend.atomic():
        backend.repo.insert_numbered([_draft(cid, a, "3")], last_seq={cid: 1}, at=AT)
    assert backend.repo.last_seqs([cid]) == {cid: 2}


@pytest.fixture
def history(backend):
    """Two conversations written in turns, so ids interleave: conversation -> its messages."""
    a, b = backend.users(2)
    one, two = backend.conversation([a, b]), backend.conversation([a, b])
    rows = {one: [], two: []}
    for i in range(5):
        for cid in (one, two):
            rows[cid] += _send(backend, [_draft(cid, a if i % 2 else b, f"m{i}")])
    return backend.repo, one, two, rows


def test_pages_by_id_oldest_first_with_more_flags(history):
    repo, one, _, rows = history
    ids = [m.id for m in rows[one]]
    assert repo.page(one, limit=2) == (rows[one][3:], True)
    assert repo.page(one, limit=5) == (rows[one], False)
    assert repo.page(one, before=ids[3], limit=2) == (rows[one][1:3], True)
    assert repo.page(one, before=ids[1], limit=2) == (rows[one][:1], False)
    assert repo.page(one, after=ids[1], limit=2) == (rows[one][2:4], True)
    assert repo.page(one, after=ids[2], limit=2) == (rows[one][3:], False)
    assert repo.page(one, after=ids[4], limit=2) == ([], False)
    assert repo.page(987654, limit=3) == ([], False)


def test_seqs_at_cursors(history):
    repo, one, two, rows = history
    # A cursor is a message id, possibly of another conversation's message in between.
    cursor = rows[two][2].id
    assert repo.seqs_at({one: cursor, two: cursor}) == {one: 3, two: 3}
    assert repo.seqs_at({one: rows[one][0].id - 1}) == {one: 0}
    assert repo.seqs_at({one: 10**12}) == {one: 5}
    assert repo.seqs_at({}) == {}


def test_seq_ranges_and_neighbours(history):
    repo, one, _, rows = history
    assert repo.seq_range(one, after_seq=1) == rows[one][1:]
    assert repo.seq_range(one, after_seq=1, before_seq=4) == rows[one][1:3]
    assert repo.seq_range(one, after_seq=0, limit=2) == rows[one][:2]
    assert repo.seq_range(one, after_seq=5) == []
    assert repo.get_message(rows[one][2].id) == rows[one][2]
    assert repo.around(rows[one][2], context=1) == rows[one][1:4]
    assert repo.around(rows[one][0], context=2) == rows[one][:3]
    assert repo.around(rows[one][4], context=10) == rows[one]
