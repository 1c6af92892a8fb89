"""Billing tables. Money is integer minor units plus a currency; Stripe ids are unique.

Rows that record money (payments, ledger, payouts) protect the people they refer to: an account
with money history is anonymised, not deleted. The trial claim holds no user reference at all.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Plan(models.Model):
    class Interval(models.TextChoices):
        MONTH = "month"
        YEAR = "year"

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80)
    interval = models.CharField(max_length=8, choices=Interval.choices)
    price_minor = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="usd")
    stripe_price_id = models.CharField(max_length=100, unique=True)
    session_types = models.JSONField(default=list)
    sessions_per_period = models.PositiveIntegerField()
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.code


class Customer(models.Model):
    """The person's Stripe customer (one per account)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stripe_customer_id = models.CharField(max_length=100, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.stripe_customer_id


class TrialClaim(models.Model):
    """A trial, once per person ever: keyed by a hash of the normalised email, never by account."""

    email_key = models.CharField(max_length=64, unique=True)
    claimed_at = models.DateTimeField()
    stripe_checkout_id = models.CharField(max_length=100, blank=True)

    def __str__(self) -> str:
        return f"trial {self.email_key[:8]}…"


class Subscription(models.Model):
    """Our copy of a Stripe subscription, always refreshed from Stripe itself (never from event order)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="+")
    stripe_subscription_id = models.CharField(max_length=100, unique=True)
    status = models.CharField(max_length=24)
    current_period_end = models.DateTimeField(null=True)
    trial_end = models.DateTimeField(null=True)
    cancel_at_period_end = models.BooleanField(default=False)
    synced_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self) -> str:
        return f"{self.stripe_subscription_id} ({self.status})"


class IncludedSessionUse(models.Model):
    """One included session consumed by a booked session or by a seat at an included-in-plan
    group event (exactly one of the two); `returned_at` when given back."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="uses")
    session_id = models.BigIntegerField(unique=True, null=True)
    event_seat_id = models.BigIntegerField(unique=True, null=True)
    period_end = models.DateTimeField()
    consumed_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [models.Index(fields=["subscription", "period_end"])]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(session_id__isnull=True) & models.Q(event_seat_id__isnull=False))
                | (models.Q(session_id__isnull=False) & models.Q(event_seat_id__isnull=True)),
                name="billing_use_of_a_session_or_a_seat",
            )
        ]

    def __str__(self) -> str:
        return f"session {self.session_id}" if self.session_id is not None else f"event seat {self.event_seat_id}"


class InvoiceGiveBack(models.Model):
    """Money given back on one charge of a subscription invoice: refunded (Stripe's dashboard or
    staff tooling) or withdrawn by a dispute. It reduces the included sessions of the period the
    invoice paid for. Amounts are Stripe's, re-read, capped at what was paid."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="give_backs")
    stripe_charge_id = models.CharField(max_length=100, unique=True)
    stripe_invoice_id = models.CharField(max_length=100)
    period_end = models.DateTimeField(null=True)
    paid_minor = models.PositiveIntegerField()
    currency = models.CharField(max_length=3)
    refunded_minor = models.PositiveIntegerField(default=0)  # only grows: refunds are cumulative
    disputed_minor = models.PositiveIntegerField(default=0)  # withdrawn by an open or lost dispute
    updated_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["subscription", "period_end"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(refunded_minor__lte=models.F("paid_minor"))
                & models.Q(disputed_minor__lte=models.F("paid_minor")),
                name="invoice_give_back_le_paid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.stripe_charge_id}: {self.refunded_minor}+{self.disputed_minor}/{self.paid_minor}"


class PremiumPayment(models.Model):
    """A one-off payment for one session outside the plan, or for one seat at a paid group event
    (exactly one of the two; `friend` is the session's friend or the event's first host)."""

    class Status(models.TextChoices):
        AWAITING = "awaiting_payment"
        SUCCEEDED = "succeeded"
        FAILED = "failed"  # declined or expired: the booking was released
        CANCELLED = "cancelled"  # the booking was cancelled before payment
        REFUND_PENDING = "refund_pending"
        REFUNDED = "refunded"

    session_id = models.BigIntegerField(unique=True, null=True)
    event_seat_id = models.BigIntegerField(unique=True, null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    amount_minor = models.PositiveIntegerField()
    currency = models.CharField(max_length=3)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.AWAITING)
    # NULL until the intent exists: unique among the set ones ("" would collide).
    stripe_payment_intent_id = models.CharField(max_length=100, unique=True, null=True)  # noqa: DJ001
    refunded_minor = models.PositiveIntegerField(default=0)
    # What should have been refunded in total; above `refunded_minor` while a refund is on its way.
    refund_requested_minor = models.PositiveIntegerField(default=0)
    disputed = models.BooleanField(default=False)
    expires_at = models.DateTimeField()
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["status", "expires_at"]), models.Index(fields=["user", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(refunded_minor__lte=models.F("amount_minor")), name="premium_refund_le_amount"
            ),
            models.CheckConstraint(
                condition=(models.Q(session_id__isnull=True) & models.Q(event_seat_id__isnull=False))
                | (models.Q(session_id__isnull=False) & models.Q(event_seat_id__isnull=True)),
                name="premium_for_a_session_or_a_seat",
            ),
        ]

    def __str__(self) -> str:
        what = f"session {self.session_id}" if self.session_id is not None else f"event seat {self.event_seat_id}"
        return f"premium {what} ({self.status})"


class ProviderRequest(models.Model):
    """An outgoing Stripe call that creates something, with its idempotency key saved *before*
    the call: a retry after a timeout reuses the key, so Stripe creates one object."""

    key = models.CharField(max_length=100, unique=True)
    purpose = models.CharField(max_length=40)
    scope = models.CharField(max_length=120)
    result = models.JSONField(null=True)
    created_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [models.Index(fields=["purpose", "scope", "created_at"])]

    def __str__(self) -> str:
        return self.key


class ProcessedEvent(models.Model):
    """A Stripe event applied exactly once: inserted in the same transaction as its effect."""

    event_id = models.CharField(max_length=100, unique=True)
    type = models.CharField(max_length=80)
    created = models.DateTimeField()
    processed_at = models.DateTimeField()

    class Meta:
        # Retention (repositories/retention.py) deletes the oldest first, a range read on this.
        indexes = [models.Index(fields=["processed_at"], name="processed_event_processed_at")]

    def __str__(self) -> str:
        return self.event_id


class ConnectedAccount(models.Model):
    """A friend's Stripe Connect (Express) account."""

    friend = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    stripe_account_id = models.CharField(max_length=100, unique=True)
    payouts_enabled = models.BooleanField(default=False)
    updated_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.stripe_account_id


class Payout(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"  # debited in the ledger, transfer not confirmed yet
        PAID = "paid"
        FAILED = "failed"  # the transfer was refused: the debit was reversed

    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    amount_minor = models.PositiveIntegerField()
    currency = models.CharField(max_length=3)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    stripe_transfer_id = models.CharField(max_length=100, unique=True, null=True)  # noqa: DJ001 - see above
    idempotency_key = models.CharField(max_length=100, unique=True)
    created_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [models.Index(fields=["friend", "created_at"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"payout {self.pk} ({self.status})"


class LedgerEntry(models.Model):
    """One line of a balanced journal. A friend's balance is the sum of their FRIEND lines.

    `entry_key` names the business fact (e.g. "earning:session:12"), unique per account, so a
    replayed event or a retried task can never write the same money twice. Rows are never
    updated or deleted: corrections are new lines."""

    journal = models.CharField(max_length=120)
    entry_key = models.CharField(max_length=120)
    account = models.CharField(max_length=12)
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    amount_minor = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    kind = models.CharField(max_length=16)
    session_id = models.BigIntegerField(null=True)
    charge_ref = models.CharField(max_length=100, blank=True)
    payout = models.ForeignKey(Payout, on_delete=models.PROTECT, null=True, related_name="entries")
    available_at = models.DateTimeField()
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry_key", "account"], name="ledger_fact_once_per_account")]
        indexes = [
            models.Index(fields=["friend", "account", "available_at"]),
            models.Index(fields=["friend", "created_at"]),
            models.Index(fields=["session_id"]),
            # Analytics sums the ledger by the period lines were written in.
            models.Index(fields=["created_at"], name="billing_ledger_created_at"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.account} {self.amount_minor}"
