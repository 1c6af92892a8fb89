"""Everything billing holds about a person, for their data export: customer record, subscriptions
(with their included-session use and refunded invoices), payments (as payer or as the friend
paid), and for friends their payout account, payouts and ledger."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from kit.export import label, rows
from modules.billing.models import (
    ConnectedAccount,
    Customer,
    IncludedSessionUse,
    InvoiceGiveBack,
    LedgerEntry,
    Payout,
    PremiumPayment,
    Subscription,
)


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    subscriptions = Subscription.objects.filter(user_id=user_id)
    return {
        label(Customer): rows(Customer.objects.filter(user_id=user_id)),
        label(Subscription): rows(subscriptions),
        label(IncludedSessionUse): rows(IncludedSessionUse.objects.filter(subscription__in=subscriptions.values("pk"))),
        label(InvoiceGiveBack): rows(InvoiceGiveBack.objects.filter(subscription__in=subscriptions.values("pk"))),
        label(PremiumPayment): rows(PremiumPayment.objects.filter(Q(user_id=user_id) | Q(friend_id=user_id))),
        label(ConnectedAccount): rows(ConnectedAccount.objects.filter(friend_id=user_id)),
        label(Payout): rows(Payout.objects.filter(friend_id=user_id)),
        # The friend's side of their journals; the platform's lines are the platform's books.
        label(LedgerEntry): rows(LedgerEntry.objects.filter(friend_id=user_id, account="friend")),
    }


def erase(user_id: int) -> None:
    """Financial records stay (legal retention) and point at the pseudonymised account (renewal
    reminders are notifications, erased there). The trial claim holds no address and stays."""
