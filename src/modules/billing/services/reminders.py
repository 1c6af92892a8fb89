"""Renewal reminders: Stripe announces a trial ending or an upcoming invoice; the person is told
through notifications (kind BILLING: push, email and in-app as they chose), once per
announcement: the notification key is the announcement's, so a replayed or racing webhook
queues nothing new. Delivery, retries and the email's unsubscribe link are the outbox's."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from modules.billing.repositories import subscriptions as subs_repo
from modules.notifications.public import NotificationKind, notify


def _date(ts: Any) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%d %B %Y") if ts else "soon"


def reminder_from_event(*, event_type: str, data: Mapping[str, Any]) -> bool:
    """Inside the webhook's transaction: queue the reminder once (sent after commit). Returns
    whether it was new."""
    user_id = subs_repo.user_of_customer(str(data.get("customer") or ""))
    if user_id is None:
        return False
    if event_type == "customer.subscription.trial_will_end":
        key = f"trial_will_end:{data.get('id')}:{data.get('trial_end')}"
        title = "Your free trial ends soon"
        body = f"Your HumanLink trial ends on {_date(data.get('trial_end'))}. Your plan then renews automatically."
    else:
        when = data.get("next_payment_attempt") or data.get("period_end")
        amount = int(data.get("amount_due") or 0)
        key = f"invoice_upcoming:{data.get('subscription')}:{when}"
        title = "Your subscription renews soon"
        body = (
            f"Your HumanLink plan renews on {_date(when)} for "
            f"{amount / 100:.2f} {str(data.get('currency') or '').upper()}."
        )
    # The key keeps billing's own namespace, as the reminders table's keys did.
    return notify(
        user_id=user_id,
        key=f"billing:{key}",
        kind=NotificationKind.BILLING,
        title=title,
        body=body,
        data={"event": event_type},
    )
