"""The friends' ledger, as pure rules.

Every money movement is a journal of lines that sum to zero (double entry): a completed session
moves its price from `revenue` to the friend (net) and to `fees` (the platform's cut); a refund or
chargeback moves the friend's share of it back; a payout moves money from the friend to
`payouts` (it left through Stripe Connect). A friend's balance is the sum of their lines and
nothing else. Earnings are pending for a hold period (refunds and disputes arrive late) and
available after it; debits count at once, so a refund after a payout is taken from the next one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

PLATFORM_FEE_BPS = 2000  # 20 % of the session price
EARNINGS_HOLD = timedelta(days=7)
MIN_PAYOUT_MINOR = 1000  # 10.00 in the friend's currency; smaller balances wait for the next cycle


class Account(StrEnum):
    FRIEND = "friend"  # what we owe the friend
    REVENUE = "revenue"  # what customers paid (or the plan share a covered session stands for)
    FEES = "fees"  # the platform's cut
    PAYOUTS = "payouts"  # sent to friends' connected accounts


class Kind(StrEnum):
    EARNING = "earning"
    REFUND = "refund"
    CHARGEBACK = "chargeback"
    DISPUTE_WON = "dispute_won"  # a chargeback reversed: the bank decided for us
    PAYOUT = "payout"
    PAYOUT_REVERSAL = "payout_reversal"


@dataclass(frozen=True)
class Line:
    account: Account
    amount_minor: int


def fee_of(gross_minor: int, fee_bps: int = PLATFORM_FEE_BPS) -> int:
    """The platform fee, rounded half up to the minor unit."""
    return (gross_minor * fee_bps + 5000) // 10000


def earning(gross_minor: int, fee_bps: int = PLATFORM_FEE_BPS) -> list[Line]:
    fee = fee_of(gross_minor, fee_bps)
    return [
        Line(Account.REVENUE, -gross_minor),
        Line(Account.FRIEND, gross_minor - fee),
        Line(Account.FEES, fee),
    ]


def give_back(
    *, gross_minor: int, already_returned_minor: int, now_returned_minor: int, fee_bps: int = PLATFORM_FEE_BPS
) -> list[Line]:
    """Lines that take back the friend's and the platform's share of a refund or chargeback.

    Shares are computed on the cumulative amount returned, so several partial refunds never take
    back more (nor less) than a single full one would.
    """
    if not 0 < now_returned_minor <= gross_minor - already_returned_minor:
        raise ValueError("cannot give back more than was paid")
    fee = fee_of(gross_minor, fee_bps)
    net = gross_minor - fee

    def friend_share(returned: int) -> int:
        return net * returned // gross_minor

    before, after = already_returned_minor, already_returned_minor + now_returned_minor
    friend = friend_share(after) - friend_share(before)
    return [
        Line(Account.REVENUE, now_returned_minor),
        Line(Account.FRIEND, -friend),
        Line(Account.FEES, -(now_returned_minor - friend)),
    ]


def give_back_reversal(
    *, gross_minor: int, already_returned_minor: int, now_restored_minor: int, fee_bps: int = PLATFORM_FEE_BPS
) -> list[Line]:
    """Lines that undo a give-back (a dispute we won): the exact opposite of giving back the same
    amount from the lower cumulative total, so shares stay computed on the cumulative amount."""
    if not 0 < now_restored_minor <= already_returned_minor:
        raise ValueError("cannot restore more than was given back")
    lines = give_back(
        gross_minor=gross_minor,
        already_returned_minor=already_returned_minor - now_restored_minor,
        now_returned_minor=now_restored_minor,
        fee_bps=fee_bps,
    )
    return [Line(line.account, -line.amount_minor) for line in lines]


def payout(amount_minor: int) -> list[Line]:
    return [Line(Account.FRIEND, -amount_minor), Line(Account.PAYOUTS, amount_minor)]


def payout_reversal(amount_minor: int) -> list[Line]:
    return [Line(Account.FRIEND, amount_minor), Line(Account.PAYOUTS, -amount_minor)]


def is_balanced(lines: Iterable[Line]) -> bool:
    return sum(line.amount_minor for line in lines) == 0


@dataclass(frozen=True)
class FriendLine:
    amount_minor: int
    available_at: datetime


@dataclass(frozen=True)
class Balance:
    total_minor: int
    available_minor: int
    pending_minor: int


def balance_of(lines: Iterable[FriendLine], *, now: datetime) -> Balance:
    total = available = 0
    for line in lines:
        total += line.amount_minor
        if line.available_at <= now:
            available += line.amount_minor
    return Balance(total, available, total - available)


def payout_due(balance: Balance, *, minimum_minor: int = MIN_PAYOUT_MINOR) -> int:
    """How much to pay out now: the available balance, if it reaches the minimum (else 0).

    A negative available balance (a refund clawed back after a payout) pays nothing until
    new earnings cover it."""
    return balance.available_minor if balance.available_minor >= minimum_minor else 0
