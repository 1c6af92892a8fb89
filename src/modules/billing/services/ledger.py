"""Friends' earnings: credits for delivered sessions, give-backs for refunds and chargebacks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.errors import PermissionDenied
from core.identity import Actor, Role
from core.pagination import Page, PageRequest
from modules.billing.domain import ledger as rules
from modules.billing.repositories import ledger as repo
from modules.billing.repositories import premium as premium_repo
from modules.billing.repositories import subscriptions as subs_repo
from modules.billing.repositories.ledger import EntryView, PayoutView
from modules.billing.repositories.premium import Status


def earning_credit(*, session_id: int, friend_id: int, price_minor: int, currency: str, now: datetime) -> bool:
    """Credit the friend for a delivered session, once. Premium sessions earn what was paid (less
    refunds); plan sessions earn the session's price, paid by the platform out of subscriptions."""
    premium = premium_repo.payment_for_session(session_id)
    if premium is not None:
        if premium.status != Status.SUCCEEDED or premium.disputed:
            return False
        gross, charge_ref = (
            premium.amount_minor - premium.refund_requested_minor,
            premium.stripe_payment_intent_id or "",
        )
        currency = premium.currency
    else:
        use = subs_repo.use_of(session_id)
        if use is None or use.returned:
            return False  # nobody paid for this session
        gross, charge_ref = price_minor, use.stripe_subscription_id
    if gross <= 0:
        return False
    return repo.post_journal(
        journal=f"earning:session:{session_id}",
        friend_id=friend_id,
        currency=currency,
        kind=rules.Kind.EARNING,
        lines=rules.earning(gross),
        available_at=now + rules.EARNINGS_HOLD,
        at=now,
        session_id=session_id,
        charge_ref=charge_ref,
    )


def earning_take_back(*, session_id: int, amount_minor: int, kind: str, fact: str, now: datetime) -> bool:
    """Debit the friend's share of a refund or chargeback of a credited session, once per fact.

    Debits count at once: after a payout they make the balance negative, and the next payout
    is smaller by that much (the claw-back)."""
    credited = repo.session_earning(session_id)
    if credited is None:
        return False
    already = repo.session_returned(session_id)
    amount = min(amount_minor, credited.gross_minor - already)
    if amount <= 0:
        return False
    return repo.post_journal(
        journal=fact,
        friend_id=credited.friend_id,
        currency=credited.currency,
        kind=kind,
        lines=rules.give_back(
            gross_minor=credited.gross_minor, already_returned_minor=already, now_returned_minor=amount
        ),
        available_at=now,
        at=now,
        session_id=session_id,
        charge_ref=credited.charge_ref,
    )


def earning_restore(*, session_id: int, taken_fact: str, fact: str, now: datetime) -> bool:
    """Give the friend back what the give-back `taken_fact` took (a dispute we won), once."""
    credited = repo.session_earning(session_id)
    taken = repo.journal_returned(taken_fact)
    if credited is None or taken <= 0:
        return False
    already = repo.session_returned(session_id)
    amount = min(taken, already)
    if amount <= 0:
        return False
    return repo.post_journal(
        journal=fact,
        friend_id=credited.friend_id,
        currency=credited.currency,
        kind=rules.Kind.DISPUTE_WON,
        lines=rules.give_back_reversal(
            gross_minor=credited.gross_minor, already_returned_minor=already, now_restored_minor=amount
        ),
        # A won dispute is final: the money is the friend's again at once.
        available_at=now,
        at=now,
        session_id=session_id,
        charge_ref=credited.charge_ref,
    )


@dataclass(frozen=True)
class BalanceView:
    currency: str
    balance_minor: int
    available_minor: int
    pending_minor: int


def _friend_only(actor: Actor) -> None:
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends have earnings.")


def earnings_of(*, actor: Actor, page: PageRequest, now: datetime) -> tuple[list[BalanceView], Page[EntryView]]:
    _friend_only(actor)
    balances = []
    for currency in repo.friend_currencies(actor.user_id):
        b = rules.balance_of(repo.friend_lines(actor.user_id, currency), now=now)
        balances.append(BalanceView(currency, b.total_minor, b.available_minor, b.pending_minor))
    entries, total = repo.friend_entries(actor.user_id, limit=page.limit, offset=page.offset)
    return balances, Page(items=entries, total=total, limit=page.limit, offset=page.offset)


def payouts_of(*, actor: Actor, page: PageRequest) -> Page[PayoutView]:
    _friend_only(actor)
    items, total = repo.payouts_of(actor.user_id, limit=page.limit, offset=page.offset)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
