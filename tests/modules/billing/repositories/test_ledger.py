"""The ledger repository: a journal is written balanced and once, or not at all."""

from __future__ import annotations

from datetime import timedelta

import pytest

from modules.billing.domain.ledger import Account, Line
from modules.billing.models import LedgerEntry
from modules.billing.repositories import ledger as repo
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory

pytestmark = pytest.mark.django_db

EARNING = [Line(Account.REVENUE, -1000), Line(Account.FEES, 200), Line(Account.FRIEND, 800)]


def _post(friend_id: int, journal: str = "earning:session:1", lines=EARNING, **extra) -> bool:
    return repo.post_journal(
        journal=journal, friend_id=friend_id, currency="EUR", kind="earning", lines=lines,
        available_at=NOW + timedelta(days=7), at=NOW, **extra,
    )  # fmt: skip


def test_a_journal_is_written_once_and_the_replay_writes_nothing():
    friend = FriendFactory()
    assert _post(friend.pk) is True
    assert _post(friend.pk) is False
    assert LedgerEntry.objects.count() == 3
    assert repo.journal_sums() == {"earning:session:1": 0}
    assert sum(line.amount_minor for line in repo.friend_lines(friend.pk, "EUR")) == 800


def test_an_unbalanced_journal_is_refused_before_anything_is_written():
    friend = FriendFactory()
    with pytest.raises(ValueError, match="balance"):
        _post(friend.pk, lines=[Line(Account.REVENUE, -1000), Line(Account.FRIEND, 900)])
    assert not LedgerEntry.objects.exists()


def test_zero_lines_are_left_out_and_entries_page_newest_first():
    friend = FriendFactory()
    _post(friend.pk, lines=[Line(Account.REVENUE, -500), Line(Account.FEES, 0), Line(Account.FRIEND, 500)])
    _post(friend.pk, journal="earning:session:2", session_id=None)
    assert LedgerEntry.objects.filter(account=Account.FEES.value, amount_minor=0).count() == 0
    entries, total = repo.friend_entries(friend.pk, limit=1, offset=0)
    assert total == 2
    assert [e.amount_minor for e in entries] == [800]
    assert repo.friend_currencies(friend.pk) == ["EUR"]
