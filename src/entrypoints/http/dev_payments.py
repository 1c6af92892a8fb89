"""Development-only stand-in for Stripe's hosted pages, served when PAYMENTS_BACKEND=fake.

The fake gateway's Checkout links point here. Opening one shows what would be bought; POSTing
it "pays": the fake creates the subscription like Stripe would and its signed webhook events
are delivered to the same handler as POST /api/payments/webhook (signature check included).
The same for a premium session's PaymentIntent. Never routed with the real gateway nor in
production (config/urls.py).

Only the signed-in owner may look or pay (bearer token, see dev_auth): billing puts the user id
in the metadata of every checkout and intent it creates. Anyone else gets 404, as if the
checkout did not exist, and nothing changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from adapters.payments.fake import FakePaymentGateway
from core.ports.payments import PaymentsError, WebhookEvent
from entrypoints.container import get_container
from entrypoints.http.dev_auth import not_signed_in, signed_in_user_id
from entrypoints.http.problems import problem_response
from modules.billing.public import webhook_deliver


def _fake() -> FakePaymentGateway | None:
    gateway = get_container().payments()
    return gateway if isinstance(gateway, FakePaymentGateway) else None


def _deliver(fake: FakePaymentGateway, events: list[WebhookEvent]) -> list[dict[str, str]]:
    delivered = []
    for event in events:
        payload, header = fake.sign(event)
        outcome = webhook_deliver(payload=payload, signature_header=header)
        delivered.append({"event": event.id, "type": event.type, "outcome": outcome.value})
    return delivered


def _owned_by(metadata: Mapping[str, str], user_id: int) -> bool:
    return metadata.get("user_id") == str(user_id)


@csrf_exempt  # bearer token only, no session cookie: nothing a cross-site form could ride on
@require_http_methods(["GET", "POST"])
def checkout(request: HttpRequest, checkout_id: str) -> HttpResponse:
    user_id = signed_in_user_id(request)
    if user_id is None:
        return not_signed_in()
    fake = _fake()
    found = fake.checkouts.get(checkout_id) if fake else None
    if fake is None or found is None or not _owned_by(found.metadata, user_id):
        return problem_response(404, detail="No such checkout session.")
    if request.method == "GET":
        return JsonResponse(
            {
                "checkout_id": checkout_id,
                "price_id": found.price_id,
                "trial_days": found.trial_days,
                "complete": f"POST this URL to pay (development gateway); then go to {found.success_url}",
            }
        )
    try:
        events = fake.complete_checkout(checkout_id)
    except PaymentsError as exc:
        return problem_response(409, code=exc.code, detail=exc.detail)
    return JsonResponse({"delivered": _deliver(fake, events)})


@csrf_exempt  # bearer token only, as above
@require_POST
def pay_intent(request: HttpRequest, intent_id: str) -> HttpResponse:
    """Body {"succeed": false} simulates a declined card."""
    user_id = signed_in_user_id(request)
    if user_id is None:
        return not_signed_in()
    fake = _fake()
    intent = fake.intents.get(intent_id) if fake else None
    if fake is None or intent is None or not _owned_by(intent.metadata, user_id):
        return problem_response(404, detail="No such payment intent.")
    try:
        succeed = bool(json.loads(request.body or b"{}").get("succeed", True))
    except (ValueError, AttributeError):
        return problem_response(400, code="malformed_body", detail='Send JSON like {"succeed": true}.')
    try:
        events = fake.pay_intent(intent_id, succeed=succeed)
    except PaymentsError as exc:
        return problem_response(409, code=exc.code, detail=exc.detail)
    return JsonResponse({"delivered": _deliver(fake, events)})


urlpatterns = [
    path("dev/payments/checkout/<str:checkout_id>", checkout, name="dev-payments-checkout"),
    path("dev/payments/payment-intents/<str:intent_id>/pay", pay_intent, name="dev-payments-pay-intent"),
]
