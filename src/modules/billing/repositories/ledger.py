"""The ledger, connected accounts and payouts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q, Sum

from modules.billing.domain.ledger import Account, FriendLine, Line
from modules.billing.models import ConnectedAccount, LedgerEntry, Payout


def post_journal(
    *,
    journal: str,
    friend_id: int,
    currency: str,
    kind: str,
    lines: Sequence[Line],
    available_at: datetime,
    at: datetime,
    session_id: int | None = None,
    charge_ref: str = "",
    payout_id: int | None = None,
) -> bool:
    """Write a balanced journal once. False (and nothing written) if this fact is already recorded."""
    if sum(line.amount_minor for line in lines) != 0:
        raise ValueError("a journal must balance")
    try:
        with transaction.atomic():
            LedgerEntry.objects.bulk_create(
                LedgerEntry(
                    journal=journal,
                    entry_key=journal,
                    account=line.account.value,
                    friend_id=friend_id,
                    amount_minor=line.amount_minor,
                    currency=currency,
                    kind=kind,
                    session_id=session_id,
                    charge_ref=charge_ref,
                    payout_id=payout_id,
                    available_at=available_at,
                    created_at=at,
                )
                for line in lines
                if line.amount_minor != 0
            )
    except IntegrityError:
        return False
    return True


def friend_lines(friend_id: int, currency: str) -> list[FriendLine]:
    rows = LedgerEntry.objects.filter(friend_id=friend_id, account=Account.FRIEND.value, currency=currency)
    return [FriendLine(a, t) for a, t in rows.values_list("amount_minor", "available_at")]


def friend_currencies(friend_id: int) -> list[str]:
    return sorted(
        set(
            LedgerEntry.objects.filter(friend_id=friend_id, account=Account.FRIEND.value).values_list(
                "currency", flat=True
            )
        )
    )


@dataclass(frozen=True)
class CreditedSession:
    friend_id: int
    currency: str
    gross_minor: int
    charge_ref: str


def session_earning(session_id: int) -> CreditedSession | None:
    """What a credited session was worth (its revenue line), or None if it was never credited."""
    row = LedgerEntry.objects.filter(session_id=session_id, kind="earning", account=Account.REVENUE.value).first()
    return CreditedSession(row.friend_id, row.currency, -row.amount_minor, row.charge_ref) if row else None


def session_returned(session_id: int) -> int:
    """How much of a credited session was given back already (refunds + chargebacks − disputes won)."""
    total = LedgerEntry.objects.filter(
        Q(kind="refund") | Q(kind="chargeback") | Q(kind="dispute_won"),
        session_id=session_id,
        account=Account.REVENUE.value,
    ).aggregate(s=Sum("amount_minor"))["s"]
    return total or 0


def journal_returned(journal: str) -> int:
    """What one give-back journal returned (its revenue line), 0 if it was never written."""
    row = LedgerEntry.objects.filter(entry_key=journal, account=Account.REVENUE.value).first()
    return row.amount_minor if row else 0


@dataclass(frozen=True)
class EntryView:
    id: int
    kind: str
    amount_minor: int
    currency: str
    session_id: int | None
    charge_ref: str
    payout_id: int | None
    available_at: datetime
    created_at: datetime


def friend_entries(friend_id: int, *, limit: int, offset: int) -> tuple[list[EntryView], int]:
    qs = LedgerEntry.objects.filter(friend_id=friend_id, account=Account.FRIEND.value).order_by("-created_at", "-pk")
    items = [
        EntryView(
            e.pk,
            e.kind,
            e.amount_minor,
            e.currency,
            e.session_id,
            e.charge_ref,
            e.payout_id,
            e.available_at,
            e.created_at,
        )
        for e in qs[offset : offset + limit]
    ]
    return items, qs.count()


def journal_sums() -> dict[str, int]:
    """Sum per journal (all zero when the ledger is sound)."""
    return dict(LedgerEntry.objects.values_list("journal").annotate(s=Sum("amount_minor")).values_list("journal", "s"))


# --- connected accounts ---------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountView:
    friend_id: int
    stripe_account_id: str
    payouts_enabled: bool


def account_of(friend_id: int, *, lock: bool = False) -> AccountView | None:
    qs = ConnectedAccount.objects.filter(friend_id=friend_id)
    if lock:
        qs = qs.select_for_update()
    a = qs.first()
    return AccountView(a.friend_id, a.stripe_account_id, a.payouts_enabled) if a else None


def save_account(*, friend_id: int, stripe_account_id: str, payouts_enabled: bool, at: datetime) -> AccountView:
    a, _ = ConnectedAccount.objects.get_or_create(
        friend_id=friend_id,
        defaults={"stripe_account_id": stripe_account_id, "payouts_enabled": payouts_enabled, "updated_at": at},
    )
    return AccountView(a.friend_id, a.stripe_account_id, a.payouts_enabled)


def set_payouts_enabled(*, stripe_account_id: str, enabled: bool, at: datetime) -> bool:
    return bool(
        ConnectedAccount.objects.filter(stripe_account_id=stripe_account_id).update(
            payouts_enabled=enabled, updated_at=at
        )
    )


def payable_friends() -> list[int]:
    return list(ConnectedAccount.objects.filter(payouts_enabled=True).values_list("friend_id", flat=True))


# --- payouts ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PayoutView:
    id: int
    friend_id: int
    amount_minor: int
    currency: str
    status: str
    stripe_transfer_id: str | None
    idempotency_key: str
    created_at: datetime
    completed_at: datetime | None


def _payout(p: Payout) -> PayoutView:
    return PayoutView(
        p.pk,
        p.friend_id,
        p.amount_minor,
        p.currency,
        p.status,
        p.stripe_transfer_id,
        p.idempotency_key,
        p.created_at,
        p.completed_at,
    )


def create_payout(
    *, friend_id: int, amount_minor: int, currency: str, idempotency_key: str, at: datetime
) -> PayoutView:
    return _payout(
        Payout.objects.create(
            friend_id=friend_id,
            amount_minor=amount_minor,
            currency=currency,
            idempotency_key=idempotency_key,
            created_at=at,
        )
    )


def lock_payout(payout_id: int) -> PayoutView | None:
    p = Payout.objects.select_for_update().filter(pk=payout_id).first()
    return _payout(p) if p else None


def finish_payout(payout_id: int, *, status: str, transfer_id: str | None, at: datetime) -> None:
    Payout.objects.filter(pk=payout_id).update(status=status, stripe_transfer_id=transfer_id, completed_at=at)


def pending_payouts() -> list[int]:
    return list(Payout.objects.filter(status=Payout.Status.PENDING).order_by("pk").values_list("pk", flat=True))


def payouts_of(friend_id: int, *, limit: int, offset: int) -> tuple[list[PayoutView], int]:
    qs = Payout.objects.filter(friend_id=friend_id).order_by("-created_at", "-pk")
    return [_payout(p) for p in qs[offset : offset + limit]], qs.count()
