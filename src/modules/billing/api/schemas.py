from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from kit.api import StrictSchema
from kit.fields import Bool, Id, Int

SessionTypeName = Literal["text", "voice", "video"]


class PlanOut(Schema):
    id: int
    code: str
    name: str
    interval: str
    price_minor: int
    currency: str
    session_types: list[str]
    sessions_per_period: int
    is_active: bool


class PlanIn(StrictSchema):
    code: str = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1, max_length=80)
    interval: Literal["month", "year"]
    price_minor: Int = Field(ge=0, le=10_000_000)
    currency: str = Field(default="usd", pattern=r"^[a-z]{3}$")
    stripe_price_id: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_]+$")
    session_types: list[SessionTypeName] = Field(min_length=1, max_length=3)
    sessions_per_period: Int = Field(ge=0, le=1000)
    is_active: Bool = True


class PlanPatch(StrictSchema):
    name: str | None = Field(default=None, min_length=1, max_length=80)
    session_types: list[SessionTypeName] | None = Field(default=None, min_length=1, max_length=3)
    sessions_per_period: Int | None = Field(default=None, ge=0, le=1000)
    is_active: Bool | None = None


class CheckoutIn(StrictSchema):
    plan_id: Id


class CheckoutOut(Schema):
    checkout_id: str
    url: str = Field(description="send the person here (Stripe Checkout)")
    trial_days: int = Field(description="7 the first time a person subscribes, 0 after that")


class SubscriptionOut(Schema):
    status: str = Field(description="'none', or Stripe's status: trialing, active, past_due, canceled, ...")
    plan_code: str | None
    plan_name: str | None
    current_period_end: datetime | None
    trial_end: datetime | None
    cancel_at_period_end: bool
    included_sessions: int
    remaining_sessions: int
    session_types: list[str]


class UrlOut(Schema):
    url: str


class IntentOut(Schema):
    session_id: int
    payment_intent_id: str
    client_secret: str = Field(description="for Stripe.js / the mobile SDK to confirm the payment")
    amount_minor: int
    currency: str
    expires_at: datetime


class PaymentOut(Schema):
    session_id: int | None = Field(description="The session paid for (null for a group-event seat)")
    event_seat_id: int | None = Field(description="The group-event seat paid for (null for a session)")
    amount_minor: int
    currency: str
    status: str
    refunded_minor: int
    expires_at: datetime
    created_at: datetime


class PaymentPage(Schema):
    items: list[PaymentOut]
    total: int
    limit: int
    offset: int


class RefundIn(StrictSchema):
    session_id: Id
    amount_minor: Int | None = Field(default=None, ge=1, le=10_000_000, description="omit for everything left")


class BalanceOut(Schema):
    currency: str
    balance_minor: int
    available_minor: int = Field(description="can be paid out now (may be negative after a claw-back)")
    pending_minor: int = Field(description="earned, still in the hold period")


class LedgerLineOut(Schema):
    id: int
    kind: str
    amount_minor: int
    currency: str
    session_id: int | None
    charge_ref: str = Field(description="the Stripe charge (PaymentIntent) or subscription it comes from")
    payout_id: int | None
    available_at: datetime
    created_at: datetime


class EarningsOut(Schema):
    balances: list[BalanceOut]
    items: list[LedgerLineOut]
    total: int
    limit: int
    offset: int


class PayoutOut(Schema):
    id: int
    amount_minor: int
    currency: str
    status: str
    stripe_transfer_id: str | None
    created_at: datetime
    completed_at: datetime | None


class PayoutPage(Schema):
    items: list[PayoutOut]
    total: int
    limit: int
    offset: int


class WebhookOut(Schema):
    received: bool
    outcome: str
