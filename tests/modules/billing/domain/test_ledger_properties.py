"""Ledger rules under random histories: journals balance, balances are sums, payouts never
exceed what is available, and refunds after payouts are clawed back, never lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from modules.billing.domain import ledger as rules

T0 = datetime(2030, 1, 1, tzinfo=UTC)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("complete"), st.integers(min_value=50, max_value=20_000)),
        st.tuples(st.just("refund"), st.integers(min_value=1, max_value=20_000)),
        st.tuples(st.just("payout"), st.just(0)),
        st.tuples(st.just("wait"), st.integers(min_value=1, max_value=10)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(steps, st.integers(min_value=0, max_value=3000))
def test_random_histories_keep_the_ledger_sound(history, fee_bps):
    now = T0
    friend_lines: list[rules.FriendLine] = []
    sessions: list[list[int]] = []  # [gross, returned]
    paid_out = earned_net = given_back = 0
    for action, value in history:
        if action == "complete":
            lines = rules.earning(value, fee_bps)
            assert rules.is_balanced(lines)
            net = next(line.amount_minor for line in lines if line.account == rules.Account.FRIEND)
            assert 0 <= net <= value
            friend_lines.append(rules.FriendLine(net, now + rules.EARNINGS_HOLD))
            sessions.append([value, 0])
            earned_net += net
        elif action == "refund" and sessions:
            gross, returned = sessions[-1]
            amount = min(value, gross - returned)
            if amount <= 0:
                continue
            lines = rules.give_back(
                gross_minor=gross, already_returned_minor=returned, now_returned_minor=amount, fee_bps=fee_bps
            )
            assert rules.is_balanced(lines)
            debit = next(line.amount_minor for line in lines if line.account == rules.Account.FRIEND)
            friend_lines.append(rules.FriendLine(debit, now))
            sessions[-1][1] += amount
            given_back += -debit
        elif action == "payout":
            before = rules.balance_of(friend_lines, now=now)
            amount = rules.payout_due(before)
            assert amount <= max(before.available_minor, 0)
            if amount:
                assert amount >= rules.MIN_PAYOUT_MINOR
                assert rules.is_balanced(rules.payout(amount))
                friend_lines.append(rules.FriendLine(-amount, now))
                paid_out += amount
        else:
            now += timedelta(days=value)
        balance = rules.balance_of(friend_lines, now=now)
        assert balance.total_minor == sum(line.amount_minor for line in friend_lines)
        assert balance.total_minor == balance.available_minor + balance.pending_minor
        assert balance.pending_minor >= 0
        # Nothing is lost: what was paid out plus what is still owed is what was earned less what went back.
        assert paid_out + balance.total_minor == earned_net - given_back


@given(st.integers(min_value=1, max_value=100_000), st.lists(st.integers(min_value=1, max_value=100_000), max_size=8))
def test_partial_refunds_take_back_exactly_what_a_full_refund_would(gross, parts):
    full = rules.give_back(gross_minor=gross, already_returned_minor=0, now_returned_minor=gross)
    returned, friend_total = 0, 0
    for part in parts:
        amount = min(part, gross - returned)
        if amount <= 0:
            break
        lines = rules.give_back(gross_minor=gross, already_returned_minor=returned, now_returned_minor=amount)
        friend_total += next(line.amount_minor for line in lines if line.account == rules.Account.FRIEND)
        returned += amount
    if returned == gross:
        assert friend_total == next(line.amount_minor for line in full if line.account == rules.Account.FRIEND)
    net = gross - rules.fee_of(gross)
    assert -friend_total <= net


def test_a_refund_after_a_payout_is_clawed_back_from_the_next_one():
    now = T0
    lines = [rules.FriendLine(2400, now - rules.EARNINGS_HOLD)]  # one 30.00 session, net 24.00, available
    first = rules.payout_due(rules.balance_of(lines, now=now))
    assert first == 2400
    lines += [rules.FriendLine(-first, now), rules.FriendLine(-2400, now)]  # paid out, then fully refunded
    assert rules.balance_of(lines, now=now).available_minor == -2400
    assert rules.payout_due(rules.balance_of(lines, now=now)) == 0
    lines.append(rules.FriendLine(4000, now - timedelta(days=1) - rules.EARNINGS_HOLD))
    assert rules.payout_due(rules.balance_of(lines, now=now)) == 1600


@given(
    st.integers(min_value=1, max_value=100_000),
    st.integers(min_value=0, max_value=100_000),
    st.integers(min_value=1, max_value=100_000),
)
def test_a_won_dispute_restores_exactly_what_its_chargeback_took(gross, before, disputed):
    before = min(before, gross - 1)
    disputed = min(disputed, gross - before)
    taken = rules.give_back(gross_minor=gross, already_returned_minor=before, now_returned_minor=disputed)
    restored = rules.give_back_reversal(
        gross_minor=gross, already_returned_minor=before + disputed, now_restored_minor=disputed
    )
    assert rules.is_balanced(restored)
    assert {line.account: line.amount_minor for line in restored} == {
        line.account: -line.amount_minor for line in taken
    }
