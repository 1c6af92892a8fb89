"""Earnings, payouts and payments cost the same SQL with one row or a page full."""

from __future__ import annotations

import itertools

import pytest

from modules.billing.domain import ledger as rules
from modules.billing.models import Payout
from modules.billing.repositories import ledger as ledger_repo
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import PremiumPaymentFactory
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db
_ids = itertools.count(1)


def test_earnings_ledger_lines(client, clock):
    friend = FriendFactory()
    headers = bearer(friend)

    def add(n: int) -> None:
        for _ in range(n):
            session_id = next(_ids)
            assert ledger_repo.post_journal(
                journal=f"earning:session:{session_id}",
                friend_id=friend.pk,
                currency="usd",
                kind=rules.Kind.EARNING,
                lines=rules.earning(3000),
                available_at=NOW + rules.EARNINGS_HOLD,
                at=NOW,
                session_id=session_id,
                charge_ref="",
            )

    assert_constant_queries(lambda: client.get("/api/payments/earnings", headers=headers), add)


def test_payout_history(client):
    friend = FriendFactory()
    headers = bearer(friend)

    def add(n: int) -> None:
        for _ in range(n):
            i = next(_ids)
            Payout.objects.create(
                friend=friend, amount_minor=1000 + i, currency="usd", idempotency_key=f"payout-qc-{i}", created_at=NOW
            )

    assert_constant_queries(lambda: client.get("/api/payments/payouts", headers=headers), add)


def test_my_payments(client):
    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            PremiumPaymentFactory(user=user, friend=FriendFactory(), session_id=next(_ids))

    assert_constant_queries(lambda: client.get("/api/payments/payments", headers=headers), add)
