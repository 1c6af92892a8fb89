"""Renewal reminders: Stripe announces a trial ending or an upcoming invoice; the person gets
one push and one email, sent after the event's transaction commits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db import transaction

from core.clock import Clock
from core.errors import ProviderError
from core.ports.email import EmailSender
from modules.accounts.public import email_of
from modules.billing.domain.ports import UserPush
from modules.billing.repositories import infra
from modules.billing.repositories import subscriptions as subs_repo
from modules.billing.services import after_commit

# Reconciliation retries a reminder's unsent channels hourly for this long, then gives up (the
# renewal it announces has happened by then); the row keeps the channel's sent_at empty.
REMINDER_RETRY_WINDOW = timedelta(days=3)


def _date(ts: Any) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%d %B %Y") if ts else "soon"


def reminder_from_event(*, event_type: str, data: Mapping[str, Any], clock: Clock) -> bool:
    """Inside the webhook's transaction: record the reminder once and send it after commit."""
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
    reminder = infra.create_reminder(user_id=user_id, key=key, kind=event_type, title=title, body=body, at=clock.now())
    if reminder is not None:
        after_commit.send_reminder(reminder.id)
    return reminder is not None


def reminder_send(*, reminder_id: int, push: UserPush, email: EmailSender, clock: Clock) -> None:
    """Send whatever channel has not gone out yet (task; a retry never repeats a sent channel).

    The channels are independent: a push outage does not hold back the email, nor a refused
    email the push. If a channel failed, its error is raised after the other one had its turn
    (reconciliation tries the rest again, for REMINDER_RETRY_WINDOW)."""
    failure: ProviderError | None = None
    with transaction.atomic():
        reminder = infra.lock_reminder(reminder_id)  # a concurrent run of this task waits here
        if reminder is None:
            return
        if not reminder.push_sent:
            try:
                push.notify_user(
                    user_id=reminder.user_id, title=reminder.title, body=reminder.body, data={"kind": reminder.kind}
                )
            except ProviderError as exc:
                failure = exc
            else:
                infra.mark_reminder(reminder_id, channel="push", at=clock.now())
    with transaction.atomic():
        reminder = infra.lock_reminder(reminder_id)
        if reminder is not None and not reminder.email_sent:
            address = email_of(reminder.user_id)
            try:
                if address:
                    email.send(to=address, subject=reminder.title, text=reminder.body)
            except ProviderError as exc:
                failure = exc
            else:
                infra.mark_reminder(reminder_id, channel="email", at=clock.now())
    if failure is not None:
        raise failure
