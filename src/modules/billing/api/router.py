"""/api/payments: plans, subscription checkout, premium sessions, earnings and payouts, webhook."""

from __future__ import annotations

from dataclasses import asdict

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.api_errors import error_responses
from kit.api import Id, PageQuery, page_out
from modules.accounts.public import actor_of
from modules.billing import dependencies
from modules.billing.api.schemas import (
    BalanceOut,
    CheckoutIn,
    CheckoutOut,
    EarningsOut,
    IntentOut,
    LedgerLineOut,
    PaymentOut,
    PaymentPage,
    PayoutOut,
    PayoutPage,
    PlanIn,
    PlanOut,
    PlanPatch,
    RefundIn,
    SubscriptionOut,
    UrlOut,
    WebhookOut,
)
from modules.billing.services import ledger, payouts, plans, premium, subscriptions, webhooks

router = Router(tags=["payments"])


@router.get(
    "/plans", response=list[PlanOut], summary="Plans (staff also see inactive ones)", operation_id="payments_plans_list"
)
def plans_list(request: HttpRequest):
    """Any signed-in account: the plans on sale (staff also see inactive ones). Changes nothing."""
    return [asdict(p) for p in plans.plans_list(actor=actor_of(request))]


@router.post(
    "/plans",
    response={201: PlanOut},
    summary="Create a plan (staff)",
    operation_id="payments_plans_create",
    openapi_extra=error_responses(403, 409),
)
def plan_create(request: HttpRequest, payload: PlanIn):
    """Staff only: create a plan backed by a Stripe price."""
    plan = plans.plan_create(actor=actor_of(request), fields=payload.model_dump())
    return Status(201, asdict(plan))


@router.patch(
    "/plans/{plan_id}",
    response=PlanOut,
    summary="Change a plan (staff); prices change via a new plan",
    operation_id="payments_plans_update",
    openapi_extra=error_responses(403, 404, 409),
)
def plan_update(request: HttpRequest, plan_id: Id, payload: PlanPatch):
    """Staff only: rename, describe or (de)activate a plan; prices change only through a new plan."""
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    return asdict(plans.plan_update(actor=actor_of(request), plan_id=plan_id, changes=changes))


@router.post(
    "/checkout",
    response={201: CheckoutOut},
    summary="Start a subscription in Stripe Checkout (7-day trial once)",
    operation_id="payments_checkout_start",
    openapi_extra=error_responses(404, 409, 502),
)
def checkout(request: HttpRequest, payload: CheckoutIn):
    """Any signed-in account: a Stripe Checkout link to subscribe to a plan (a 7-day trial the first time). Nothing is
    charged until Checkout completes.
    """
    view = subscriptions.checkout_start(
        actor=actor_of(request), plan_id=payload.plan_id, gateway=dependencies.payments(), clock=dependencies.clock()
    )
    return Status(201, asdict(view))


@router.get(
    "/subscription",
    response=SubscriptionOut,
    summary="My subscription: status, period end, sessions left",
    operation_id="payments_subscription_get",
)
def subscription(request: HttpRequest):
    """Any signed-in account: its own subscription status, period end and sessions left. Changes nothing."""
    return asdict(subscriptions.subscription_status(actor=actor_of(request)))


@router.post(
    "/portal",
    response=UrlOut,
    summary="A Stripe customer-portal link (card changes, cancellation)",
    operation_id="payments_portal_link",
    openapi_extra=error_responses(422, 502),
)
def portal(request: HttpRequest):
    """Subscribers: a Stripe customer-portal link to change the card or cancel. 422 `no_customer` before the first
    subscription.
    """
    url = subscriptions.portal_link(
        actor=actor_of(request), gateway=dependencies.payments(), clock=dependencies.clock()
    )
    return {"url": url}


@router.post(
    "/premium/{session_id}/intent",
    response=IntentOut,
    summary="Pay for my session pending payment",
    operation_id="payments_premium_intent",
    openapi_extra=error_responses(404, 409, 502),
)
def premium_intent(request: HttpRequest, session_id: Id):
    """The user who booked: pay for a session waiting for payment (a Stripe payment intent). Anyone else
    gets 404.
    """
    view = premium.premium_intent(
        actor=actor_of(request),
        session_id=session_id,
        gateway=dependencies.payments(),
        clock=dependencies.clock(),
    )
    return asdict(view)


@router.get("/payments", response=PaymentPage, summary="My one-off payments", operation_id="payments_history_list")
def payments(request: HttpRequest, query: Query[PageQuery]):
    """Any signed-in account: its own one-off payments. Changes nothing."""
    page = premium.payments_of(actor=actor_of(request), page=query.page_request())
    return page_out(PaymentPage, page, lambda p: PaymentOut(**asdict(p)))


@router.post(
    "/refunds",
    response={201: PaymentOut},
    summary="Refund a paid session, fully or partly (staff)",
    operation_id="payments_refund",
    openapi_extra=error_responses(403, 404, 409, 502),
)
def refund(request: HttpRequest, payload: RefundIn):
    """Staff only: refund a paid session, fully or partly; the friend's earnings are reduced to match."""
    view = premium.premium_refund(
        actor=actor_of(request),
        session_id=payload.session_id,
        amount_minor=payload.amount_minor,
        clock=dependencies.clock(),
    )
    return Status(201, PaymentOut(**asdict(view)))


@router.get(
    "/earnings",
    response=EarningsOut,
    summary="My earnings as a friend: balances and ledger lines",
    operation_id="payments_earnings_get",
    openapi_extra=error_responses(403),
)
def earnings(request: HttpRequest, query: Query[PageQuery]):
    """Friends only: their balances and ledger lines. Changes nothing."""
    balances, page = ledger.earnings_of(
        actor=actor_of(request), page=query.page_request(), now=dependencies.clock().now()
    )
    return page_out(
        EarningsOut,
        page,
        lambda e: LedgerLineOut(**asdict(e)),
        balances=[BalanceOut(**asdict(b)) for b in balances],
    )


@router.get(
    "/payouts",
    response=PayoutPage,
    summary="My payouts as a friend",
    operation_id="payments_payouts_list",
    openapi_extra=error_responses(403),
)
def payouts_list(request: HttpRequest, query: Query[PageQuery]):
    """Friends only: their payouts. Changes nothing."""
    page = ledger.payouts_of(actor=actor_of(request), page=query.page_request())
    return page_out(PayoutPage, page, lambda p: PayoutOut(**asdict(p)))


@router.post(
    "/connect/onboarding",
    response=UrlOut,
    summary="A Stripe Connect onboarding link (friends)",
    operation_id="payments_connect_onboarding",
    openapi_extra=error_responses(403, 502),
)
def connect_onboarding(request: HttpRequest):
    """Friends only: a Stripe Connect onboarding link to receive payouts (creates their connected account on first
    use).
    """
    url = payouts.onboarding_link(actor=actor_of(request), gateway=dependencies.payments(), clock=dependencies.clock())
    return {"url": url}


@router.post(
    "/webhook",
    auth=None,
    response=WebhookOut,
    summary="Stripe webhook (signed with the endpoint secret)",
    operation_id="payments_webhook",
    openapi_extra=error_responses(400),
)
def webhook(request: HttpRequest):
    """Stripe only (no token; the Stripe-Signature header is checked): apply a payment event. Replays have no further
    effect.
    """
    outcome = webhooks.webhook_receive(
        payload=request.body,
        signature_header=request.headers.get("Stripe-Signature"),
        gateway=dependencies.payments(),
        clock=dependencies.clock(),
    )
    return {"received": True, "outcome": outcome.value}
