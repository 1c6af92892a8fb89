"""Friend payouts through Stripe Connect: onboarding, account status, the payout cycle."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction

from core.clock import Clock
from core.errors import NotFound, PermissionDenied
from core.identity import Actor, Role
from core.money import Money
from core.ports.payments import ConnectedAccount, PaymentGateway, PaymentsError, PaymentsUnavailable
from modules.accounts.public import email_of
from modules.billing.domain import ledger as rules
from modules.billing.repositories import ledger as repo
from modules.billing.repositories.ledger import PayoutView
from modules.billing.services.calls import plain, provider_call


def onboarding_link(*, actor: Actor, gateway: PaymentGateway, clock: Clock) -> str:
    if actor.role != Role.FRIEND:
        raise PermissionDenied("Only friends get paid out.")
    account = repo.account_of(actor.user_id)
    if account is None:
        email = email_of(actor.user_id)
        if email is None:
            raise NotFound("No such account.")
        created = provider_call(
            purpose="connect_account",
            scope=f"friend:{actor.user_id}",
            make=lambda key: gateway.create_connected_account(
                email=email,
                country=settings.STRIPE_CONNECT_COUNTRY,
                metadata={"user_id": str(actor.user_id)},
                idempotency_key=key,
            ),
            encode=lambda a: {
                "id": a.id,
                "payouts_enabled": a.payouts_enabled,
                "details_submitted": a.details_submitted,
            },
            decode=lambda d: ConnectedAccount(d["id"], d["payouts_enabled"], d["details_submitted"]),
            clock=clock,
        )
        account = repo.save_account(
            friend_id=actor.user_id,
            stripe_account_id=created.id,
            payouts_enabled=created.payouts_enabled,
            at=clock.now(),
        )
    base = settings.FRONTEND_URL.rstrip("/")
    minute = clock.now().strftime("%Y%m%d%H%M")
    stripe_account_id = account.stripe_account_id
    return provider_call(
        purpose="account_link",
        scope=f"friend:{actor.user_id}:{minute}",
        make=lambda key: gateway.account_onboarding_url(
            account_id=stripe_account_id,
            refresh_url=f"{base}/earnings/onboarding/refresh",
            return_url=f"{base}/earnings",
            idempotency_key=key,
        ),
        encode=plain,
        decode=plain,
        clock=clock,
        reuse_for=timedelta(minutes=5),
    )


def account_sync(*, stripe_account_id: str, gateway: PaymentGateway, clock: Clock) -> bool:
    """Stripe said the account changed: read whether it can receive payouts now."""
    remote = gateway.get_connected_account(account_id=stripe_account_id)
    return repo.set_payouts_enabled(stripe_account_id=remote.id, enabled=remote.payouts_enabled, at=clock.now())


@dataclass(frozen=True)
class PayoutReport:
    paid: int = 0
    failed: int = 0
    left_pending: int = 0


def _transfer(payout: PayoutView, *, gateway: PaymentGateway, clock: Clock) -> str:
    account = repo.account_of(payout.friend_id)
    if account is None:
        return "pending"
    try:
        transfer = gateway.transfer(
            amount=Money(payout.amount_minor, payout.currency),
            destination_account_id=account.stripe_account_id,
            metadata={"payout_id": str(payout.id), "friend_id": str(payout.friend_id)},
            idempotency_key=payout.idempotency_key,
        )
    except PaymentsUnavailable:
        return "pending"  # the next cycle retries with the same key
    except PaymentsError:
        # Refused (account cannot receive money): the debit is reversed, the balance stays owed.
        with transaction.atomic():
            locked = repo.lock_payout(payout.id)
            if locked and locked.status == "pending":
                repo.finish_payout(payout.id, status="failed", transfer_id=None, at=clock.now())
                repo.post_journal(
                    journal=f"payout_reversal:{payout.id}",
                    friend_id=payout.friend_id,
                    currency=payout.currency,
                    kind=rules.Kind.PAYOUT_REVERSAL,
                    lines=rules.payout_reversal(payout.amount_minor),
                    available_at=clock.now(),
                    at=clock.now(),
                    payout_id=payout.id,
                )
        return "failed"
    with transaction.atomic():
        locked = repo.lock_payout(payout.id)
        if locked and locked.status == "pending":
            repo.finish_payout(payout.id, status="paid", transfer_id=transfer.id, at=clock.now())
    return "paid"


def payout_cycle(*, gateway: PaymentGateway, clock: Clock, minimum_minor: int = rules.MIN_PAYOUT_MINOR) -> PayoutReport:
    """Pay every friend who can receive money their available balance (if above the minimum).

    The debit is written, with the payout and its idempotency key, before the transfer is
    attempted; a transfer interrupted by an outage is retried next cycle with the same key."""
    outcomes: list[str] = []
    for payout_id in repo.pending_payouts():
        with transaction.atomic():
            payout = repo.lock_payout(payout_id)
        if payout and payout.status == "pending":
            outcomes.append(_transfer(payout, gateway=gateway, clock=clock))
    for friend_id in repo.payable_friends():
        for currency in repo.friend_currencies(friend_id):
            now = clock.now()
            with transaction.atomic():
                account = repo.account_of(friend_id, lock=True)  # one cycle per friend at a time
                if account is None or not account.payouts_enabled:
                    continue
                amount = rules.payout_due(
                    rules.balance_of(repo.friend_lines(friend_id, currency), now=now), minimum_minor=minimum_minor
                )
                if amount <= 0:
                    continue
                payout = repo.create_payout(
                    friend_id=friend_id,
                    amount_minor=amount,
                    currency=currency,
                    idempotency_key=f"payout:{friend_id}:{secrets.token_hex(8)}",
                    at=now,
                )
                repo.post_journal(
                    journal=f"payout:{payout.id}",
                    friend_id=friend_id,
                    currency=currency,
                    kind=rules.Kind.PAYOUT,
                    lines=rules.payout(amount),
                    available_at=now,
                    at=now,
                    payout_id=payout.id,
                )
            outcomes.append(_transfer(payout, gateway=gateway, clock=clock))
    return PayoutReport(
        paid=outcomes.count("paid"), failed=outcomes.count("failed"), left_pending=outcomes.count("pending")
    )
