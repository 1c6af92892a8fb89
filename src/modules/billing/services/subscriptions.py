"""Subscriptions: Checkout with a once-per-person trial, status, customer portal, and the sync
that refreshes our copy from Stripe whenever Stripe says something changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from core import events
from core.clock import Clock
from core.errors import Conflict, NotFound, RuleViolated
from core.identity import Actor
from core.ports.payments import CheckoutSession, PaidInvoice, PaymentGateway
from modules.accounts.public import email_of, mailbox_of
from modules.billing.domain.entitlement import COVERING_STATUSES, remaining_sessions
from modules.billing.domain.trial import TRIAL_DAYS, trial_key
from modules.billing.repositories import infra
from modules.billing.repositories import plans as plans_repo
from modules.billing.repositories import subscriptions as repo
from modules.billing.repositories.subscriptions import SubscriptionView
from modules.billing.services.calls import plain, provider_call
from modules.billing.services.entitlements import period_terms

# Repeated clicks on "subscribe" within this window get the same Checkout page.
CHECKOUT_REUSE = timedelta(hours=1)


def _email_key(user_id: int) -> tuple[str, str]:
    email = email_of(user_id)
    if email is None:
        raise NotFound("No such account.")
    # The mailbox the address reaches (accounts' normal form), so spellings of one address, and
    # accounts created with invisible characters before sign-up refused them, share one trial.
    return email, trial_key(mailbox_of(email), secret=settings.SECRET_KEY)


def customer_ensure(*, user_id: int, gateway: PaymentGateway, clock: Clock) -> str:
    existing = repo.customer_of(user_id)
    if existing:
        return existing
    email, _ = _email_key(user_id)
    customer_id = provider_call(
        purpose="customer",
        scope=f"user:{user_id}",
        make=lambda key: gateway.create_customer(
            email=email, name=email.split("@")[0], metadata={"user_id": str(user_id)}, idempotency_key=key
        ),
        encode=plain,
        decode=plain,
        clock=clock,
    )
    return repo.save_customer(user_id=user_id, stripe_customer_id=customer_id)


@dataclass(frozen=True)
class CheckoutView:
    checkout_id: str
    url: str
    trial_days: int


def checkout_start(*, actor: Actor, plan_id: int, gateway: PaymentGateway, clock: Clock) -> CheckoutView:
    plan = plans_repo.plan(plan_id)
    if plan is None or not plan.is_active:
        raise NotFound("No such plan.")
    current = repo.current_subscription(actor.user_id)
    if current and current.status in COVERING_STATUSES:
        raise Conflict("You already have a subscription; change it in the customer portal.", code="already_subscribed")
    customer_id = customer_ensure(user_id=actor.user_id, gateway=gateway, clock=clock)
    _, email_key = _email_key(actor.user_id)
    scope = f"user:{actor.user_id}:plan:{plan.id}"
    # The trial is decided once per checkout attempt and claimed before Stripe is called, so two
    # parallel checkouts of one person cannot both carry a trial.
    # A repeated click finds its own trial checkout and reuses it.
    reusing_trial = infra.recent_call(
        purpose="checkout", scope=f"{scope}:trial:{TRIAL_DAYS}", at=clock.now(), within=CHECKOUT_REUSE
    )
    trial_days = TRIAL_DAYS if reusing_trial or repo.claim_trial(email_key=email_key, at=clock.now()) else 0
    base = settings.FRONTEND_URL.rstrip("/")

    def make(key: str) -> CheckoutSession:
        return gateway.create_subscription_checkout(
            customer_id=customer_id,
            price_id=plan.stripe_price_id,
            trial_days=trial_days,
            success_url=f"{base}/billing/done?checkout={{CHECKOUT_SESSION_ID}}",
            cancel_url=f"{base}/billing/plans",
            metadata={"user_id": str(actor.user_id), "plan": plan.code, "trial_days": str(trial_days)},
            idempotency_key=key,
        )

    session = provider_call(
        purpose="checkout",
        # The trial decision is part of the request: a retry must send identical parameters.
        scope=f"{scope}:trial:{trial_days}",
        make=make,
        encode=lambda s: {"id": s.id, "url": s.url},
        decode=lambda d: CheckoutSession(id=d["id"], url=d["url"]),
        clock=clock,
        reuse_for=CHECKOUT_REUSE,
    )
    if trial_days:
        repo.attach_trial_checkout(email_key=email_key, checkout_id=session.id)
    return CheckoutView(session.id, session.url, trial_days)


@dataclass(frozen=True)
class SubscriptionStatusView:
    status: str  # "none" when the person never subscribed
    plan_code: str | None
    plan_name: str | None
    current_period_end: datetime | None
    trial_end: datetime | None
    cancel_at_period_end: bool
    included_sessions: int
    remaining_sessions: int
    session_types: tuple[str, ...]


def subscription_status(*, actor: Actor) -> SubscriptionStatusView:
    sub = repo.current_subscription(actor.user_id)
    plan = plans_repo.plan(sub.plan_id) if sub else None
    if sub is None or plan is None:
        return SubscriptionStatusView("none", None, None, None, None, False, 0, 0, ())
    used = repo.used_in_period(subscription_id=sub.id, period_end=sub.current_period_end)
    terms = period_terms(sub, plan)  # a refunded invoice leaves its period fewer sessions
    covering = sub.status in COVERING_STATUSES
    return SubscriptionStatusView(
        status=sub.status,
        plan_code=plan.code,
        plan_name=plan.name,
        current_period_end=sub.current_period_end,
        trial_end=sub.trial_end,
        cancel_at_period_end=sub.cancel_at_period_end,
        included_sessions=terms.sessions_per_period,
        remaining_sessions=remaining_sessions(plan=terms, used_this_period=used) if covering else 0,
        session_types=plan.session_types,
    )


def portal_link(*, actor: Actor, gateway: PaymentGateway, clock: Clock) -> str:
    customer_id = repo.customer_of(actor.user_id)
    if customer_id is None:
        raise RuleViolated("Subscribe first; the portal manages an existing subscription.", code="no_customer")
    return_url = settings.FRONTEND_URL.rstrip("/") + "/billing"
    # Portal sessions are short-lived: a fresh one per minute is plenty, and a retry reuses it.
    minute = clock.now().strftime("%Y%m%d%H%M")
    return provider_call(
        purpose="portal",
        scope=f"user:{actor.user_id}:{minute}",
        make=lambda key: gateway.customer_portal_url(
            customer_id=customer_id, return_url=return_url, idempotency_key=key
        ),
        encode=plain,
        decode=plain,
        clock=clock,
        reuse_for=timedelta(minutes=5),
    )


def subscription_sync(*, stripe_subscription_id: str, gateway: PaymentGateway, clock: Clock) -> bool:
    """Make our copy equal to what Stripe says *now* (events may arrive in any order).

    Runs inside the webhook's transaction. The customer row is locked first, so concurrent events
    about one customer apply one after the other, each with a fresh read from Stripe."""
    remote = gateway.get_subscription(subscription_id=stripe_subscription_id)
    with transaction.atomic():
        user_id = repo.lock_customer(remote.customer_id)
        if user_id is None:
            return False  # not one of ours (another integration on the same Stripe account)
        # Re-read under the lock: another event may have changed it while we waited.
        remote = gateway.get_subscription(subscription_id=stripe_subscription_id)
        plan = plans_repo.plan_by_price(remote.price_id) or plans_repo.plan_by_code(remote.metadata.get("plan", ""))
        if plan is None:
            raise RuleViolated(f"Subscription {remote.id} has an unknown price {remote.price_id}.", code="unknown_plan")
        before = repo.subscription_by_stripe_id(remote.id)
        synced = repo.upsert_subscription(
            user_id=user_id,
            plan_id=plan.id,
            stripe_subscription_id=remote.id,
            status=remote.status.value,
            current_period_end=remote.current_period_end,
            trial_end=remote.trial_end,
            cancel_at_period_end=remote.cancel_at_period_end,
            at=clock.now(),
        )
        if _cancelled(synced) and not (before and _cancelled(before)):
            events.publish(events.SubscriptionCancelled(user_id=user_id, subscription_id=synced.id))
    return True


def _cancelled(sub: SubscriptionView) -> bool:
    """Cancelled by its owner: at the period's end, or already over."""
    return sub.cancel_at_period_end or sub.status == "canceled"


def checkout_expired(*, checkout_id: str) -> None:
    """A Checkout page expired unused: the trial it reserved is free again."""
    repo.release_trial(checkout_id=checkout_id)


def invoice_charge_changed(
    *, invoice: PaidInvoice, charge_id: str, dispute_id: str | None, gateway: PaymentGateway, clock: Clock
) -> bool:
    """A charge that paid a subscription invoice was refunded (Stripe's dashboard, staff tooling)
    or disputed: record Stripe's current figures, re-read under the subscription's lock (the lock
    bookings take), so the period that invoice paid for keeps only the sessions still paid for.

    Idempotent: the figures are Stripe's totals, refunds only grow, a replay changes nothing.
    Friends keep what they earned for sessions already delivered: the platform paid them."""
    with transaction.atomic():
        sub = repo.lock_subscription(invoice.subscription_id)
        if sub is None:
            # Events come in any order: the refund may arrive before the subscription's own events.
            if not subscription_sync(stripe_subscription_id=invoice.subscription_id, gateway=gateway, clock=clock):
                return False  # not one of ours (another integration on the same Stripe account)
            sub = repo.lock_subscription(invoice.subscription_id)
            if sub is None:
                return False
        charge = gateway.get_charge(charge_id=charge_id)
        disputed = None
        if dispute_id:
            dispute = gateway.get_dispute(dispute_id=dispute_id)
            disputed = dispute.amount.amount_minor if dispute.funds_withdrawn else 0
        if charge.amount.currency != invoice.amount_paid.currency:
            raise RuleViolated(f"Charge {charge.id} does not match invoice {invoice.id}.", code="currency_mismatch")
        return repo.record_give_back(
            subscription_id=sub.id,
            stripe_charge_id=charge.id,
            stripe_invoice_id=invoice.id,
            period_end=invoice.period_end,
            paid_minor=min(invoice.amount_paid.amount_minor, charge.amount.amount_minor),
            currency=charge.amount.currency,
            refunded_minor=charge.refunded_minor,
            disputed_minor=disputed,
            at=clock.now(),
        )
