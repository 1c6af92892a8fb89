"""Billing in the admin, read-only throughout: money moves only through the services (Stripe
first, idempotency keys, the ledger's balanced journals), never by editing a row. Plans are
created through the API, which creates their Stripe price."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.billing.models import (
    ConnectedAccount,
    Customer,
    IncludedSessionUse,
    InvoiceGiveBack,
    LedgerEntry,
    Payout,
    Plan,
    PremiumPayment,
    ProcessedEvent,
    ProviderRequest,
    Subscription,
    TrialClaim,
)


class MoneyAdmin(StaffAdmin):
    read_only = True


@admin.register(Plan)
class PlanAdmin(MoneyAdmin):
    list_display = ("name", "interval", "price_minor", "currency", "sessions_per_period", "is_active", "created_at")
    list_filter = ("is_active", "interval", "currency")


@admin.register(Customer)
class CustomerAdmin(MoneyAdmin):
    personal_fields = ("user",)
    list_display = ("user", "stripe_customer_id", "created_at")
    list_select_related = ("user",)
    search_fields = ("user__email", "=stripe_customer_id")


@admin.register(TrialClaim)
class TrialClaimAdmin(MoneyAdmin):
    # A keyed hash of the address, never the address: nothing personal to hide.
    list_display = ("email_key", "claimed_at", "stripe_checkout_id")


@admin.register(Subscription)
class SubscriptionAdmin(MoneyAdmin):
    personal_fields = ("user",)
    list_display = ("user", "plan", "status", "current_period_end", "trial_end", "cancel_at_period_end", "synced_at")
    list_filter = ("status", "cancel_at_period_end")
    list_select_related = ("user", "plan")
    search_fields = ("user__email", "=stripe_subscription_id")


@admin.register(IncludedSessionUse)
class IncludedSessionUseAdmin(MoneyAdmin):
    list_display = ("session_id", "subscription_id", "period_end", "consumed_at", "returned_at")


@admin.register(InvoiceGiveBack)
class InvoiceGiveBackAdmin(MoneyAdmin):
    # Stripe's figures for a refunded or disputed subscription invoice (written by webhooks only).
    list_display = (
        "stripe_charge_id", "subscription_id", "period_end", "paid_minor", "refunded_minor", "disputed_minor",
        "currency", "updated_at",
    )  # fmt: skip
    search_fields = ("=stripe_charge_id", "=stripe_invoice_id")


@admin.register(PremiumPayment)
class PremiumPaymentAdmin(MoneyAdmin):
    personal_fields = ("user", "friend")
    list_display = (
        "session_id", "user", "friend", "amount_minor", "currency", "status", "refunded_minor", "disputed", "created_at"
    )  # fmt: skip
    list_filter = ("status", "disputed", "currency")
    list_select_related = ("user", "friend")
    search_fields = ("=stripe_payment_intent_id", "user__email")


@admin.register(ProviderRequest)
class ProviderRequestAdmin(MoneyAdmin):
    list_display = ("key", "purpose", "scope", "created_at", "completed_at")
    list_filter = ("purpose",)
    search_fields = ("=key", "scope")


@admin.register(ProcessedEvent)
class ProcessedEventAdmin(MoneyAdmin):
    list_display = ("event_id", "type", "created", "processed_at")
    list_filter = ("type",)
    search_fields = ("=event_id",)


@admin.register(ConnectedAccount)
class ConnectedAccountAdmin(MoneyAdmin):
    personal_fields = ("friend",)
    list_display = ("friend", "stripe_account_id", "payouts_enabled", "updated_at")
    list_filter = ("payouts_enabled",)
    list_select_related = ("friend",)


@admin.register(Payout)
class PayoutAdmin(MoneyAdmin):
    personal_fields = ("friend",)
    list_display = ("id", "friend", "amount_minor", "currency", "status", "stripe_transfer_id", "created_at")
    list_filter = ("status", "currency")
    list_select_related = ("friend",)


@admin.register(LedgerEntry)
class LedgerEntryAdmin(MoneyAdmin):
    personal_fields = ("friend",)
    list_display = ("journal", "account", "friend", "amount_minor", "currency", "kind", "session_id", "available_at")
    list_filter = ("account", "kind", "currency")
    list_select_related = ("friend",)
    search_fields = ("=journal", "=session_id")
