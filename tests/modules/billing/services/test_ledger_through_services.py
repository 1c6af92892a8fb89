"""The ledger's properties on database rows written by the real services.

tests/modules/billing/domain/test_ledger_properties.py proves the rules on plain values; this
drives random histories of completed sessions, refunds, waits and payout cycles through
billing's services and repositories (the fake gateway taking the transfers) and checks the rows:
every journal balances, the balance the friend is shown is the sum of their rows, a payout never
exceeds what was available, a refund never takes back more than the session earned, and what was
paid out plus what is still owed is what was earned less what went back.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta

import pytest
from django.db import transaction
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.clock import FrozenClock
from core.identity import Actor, Role
from core.pagination import PageRequest
from modules.billing.domain import ledger as rules
from modules.billing.models import IncludedSessionUse, LedgerEntry, Payout
from modules.billing.repositories import ledger as ledger_repo
from modules.billing.services import ledger, payouts
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.billing.factories import subscribe

pytestmark = pytest.mark.django_db
_ids = itertools.count(10_000)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("complete"), st.integers(min_value=50, max_value=20_000)),
        st.tuples(st.just("refund"), st.integers(min_value=1, max_value=25_000)),
        st.tuples(st.just("payout"), st.just(0)),
        st.tuples(st.just("wait"), st.integers(min_value=1, max_value=10)),
    ),
    min_size=1,
    max_size=25,
)


def _friend_rows(friend_id: int) -> int:
    return LedgerEntry.objects.filter(friend_id=friend_id, account="friend").aggregate(s=Sum("amount_minor"))["s"] or 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=steps)
def test_random_histories_through_the_services_keep_the_rows_sound(fakes, history):
    gateway = fakes.payments
    with transaction.atomic():
        clock = FrozenClock(NOW)
        friend = FriendFactory()
        actor = Actor(user_id=friend.pk, role=Role.FRIEND)
        subscription = subscribe(UserFactory())
        account = gateway.create_connected_account(
            email=friend.email, country="US", metadata={}, idempotency_key=f"acct-{next(_ids)}"
        )
        gateway.accounts[account.id] = replace(account, payouts_enabled=True)
        ledger_repo.save_account(friend_id=friend.pk, stripe_account_id=account.id, payouts_enabled=True, at=NOW)

        sessions: list[tuple[int, int]] = []  # (session id, gross)
        returned: dict[int, int] = {}
        debited: dict[int, int] = {}
        earned_net = given_back = 0
        for k, (action, value) in enumerate(history):
            now = clock.now()
            if action == "complete":
                session_id = next(_ids)
                IncludedSessionUse.objects.create(
                    subscription=subscription,
                    session_id=session_id,
                    period_end=now + timedelta(days=30),
                    consumed_at=now,
                )
                assert ledger.earning_credit(
                    session_id=session_id, friend_id=friend.pk, price_minor=value, currency="usd", now=now
                )
                # A replay of the same completion writes nothing more.
                assert not ledger.earning_credit(
                    session_id=session_id, friend_id=friend.pk, price_minor=value, currency="usd", now=now
                )
                sessions.append((session_id, value))
                earned_net += next(line.amount_minor for line in rules.earning(value) if line.account == "friend")
            elif action == "refund" and sessions:
                session_id, gross = sessions[-1]
                before = _friend_rows(friend.pk)
                took = ledger.earning_take_back(
                    session_id=session_id, amount_minor=value, kind=rules.Kind.REFUND, fact=f"refund:{k}", now=now
                )
                debit = before - _friend_rows(friend.pk)
                assert took == (returned.get(session_id, 0) < gross)
                returned[session_id] = min(gross, returned.get(session_id, 0) + value)
                assert returned[session_id] <= gross
                given_back += debit
                debited[session_id] = debited.get(session_id, 0) + debit
                net = next(line.amount_minor for line in rules.earning(gross) if line.account == "friend")
                assert 0 <= debited[session_id] <= net, "a refund took back more than the session earned"
            elif action == "payout":
                available = ledger.earnings_of(actor=actor, page=PageRequest(limit=1), now=now)[0]
                available_minor = available[0].available_minor if available else 0
                paid_before = Payout.objects.filter(friend=friend).aggregate(s=Sum("amount_minor"))["s"] or 0
                payouts.payout_cycle(gateway=gateway, clock=clock)
                paid_now = (
                    Payout.objects.filter(friend=friend).aggregate(s=Sum("amount_minor"))["s"] or 0
                ) - paid_before
                assert 0 <= paid_now <= max(available_minor, 0)
            else:
                clock.advance(timedelta(days=value))

            balances, _ = ledger.earnings_of(actor=actor, page=PageRequest(limit=1), now=clock.now())
            shown = balances[0].balance_minor if balances else 0
            assert shown == _friend_rows(friend.pk)
            for journal, total in ledger_repo.journal_sums().items():
                assert total == 0, journal
            paid_out = Payout.objects.filter(friend=friend, status="paid").aggregate(s=Sum("amount_minor"))["s"] or 0
            assert paid_out + shown == earned_net - given_back
            # Every transfer the gateway made is one of this friend's paid payouts, once.
            transferred = sum(
                t.amount.amount_minor for t in gateway.transfers.values() if t.destination_account_id == account.id
            )
            assert transferred == paid_out
        transaction.set_rollback(True)
