"""Premium sessions: a one-off PaymentIntent for a booking pending payment.

The booking holds its slot while the payment is open (`PAYMENT_WINDOW`); billing settles it
(succeeded → booking confirmed; failed, expired or cancelled → slot released) by publishing
`PremiumPaymentSettled`. Money that arrives for a released booking is refunded automatically.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from core.clock import Clock
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound, PermissionDenied, RuleViolated
from core.events import EventSeatPaymentSettled, PremiumPaymentSettled, StaffActed, publish
from core.identity import Actor
from core.money import Money
from core.pagination import Page, PageRequest
from core.ports.payments import PaymentGateway, PaymentIntent, PaymentRequestInvalid, PaymentsUnavailable
from core.sessions import PaymentOutcome
from kit.transactions import after_commit
from modules.billing import dependencies
from modules.billing.domain import ledger as ledger_rules
from modules.billing.repositories import premium as repo
from modules.billing.repositories.premium import PremiumView, Status
from modules.billing.services.calls import provider_call
from modules.billing.services.ledger import earning_restore, earning_take_back
from modules.billing.services.subscriptions import customer_ensure

PAYMENT_WINDOW = timedelta(minutes=15)
MIN_CHARGE_MINOR = 50  # Stripe's minimum charge (0.50 in most currencies)


# Idempotent tasks, through the TaskQueue port so billing never imports the Celery entry points.
def _settle_refund_after_commit(payment_id: int) -> None:
    after_commit(lambda: dependencies.tasks().enqueue("billing.settle_refund", payment_id=payment_id))


def _cancel_intent_after_commit(payment_id: int) -> None:
    after_commit(lambda: dependencies.tasks().enqueue("billing.cancel_intent", payment_id=payment_id))


def premium_open(
    *, session_id: int, user_id: int, friend_id: int, amount_minor: int, currency: str, now: datetime
) -> PremiumView:
    """Inside booking's transaction: the session now waits for this payment."""
    if amount_minor < MIN_CHARGE_MINOR:
        raise RuleViolated("This session cannot be paid for online.", code="premium_unavailable")
    return repo.open_payment(
        session_id=session_id,
        user_id=user_id,
        friend_id=friend_id,
        amount_minor=amount_minor,
        currency=currency,
        expires_at=now + PAYMENT_WINDOW,
        at=now,
    )


def premium_open_for_seat(
    *, seat_id: int, user_id: int, host_id: int, amount_minor: int, currency: str, now: datetime
) -> PremiumView:
    """Inside the seat's transaction: a seat at a paid group event waits for this payment."""
    if amount_minor < MIN_CHARGE_MINOR:
        raise RuleViolated("This seat cannot be paid for online.", code="premium_unavailable")
    return repo.open_payment(
        event_seat_id=seat_id,
        user_id=user_id,
        friend_id=host_id,
        amount_minor=amount_minor,
        currency=currency,
        expires_at=now + PAYMENT_WINDOW,
        at=now,
    )


def _announce(payment: PremiumView, *, outcome: PaymentOutcome) -> None:
    """Tell the owner of what was paid for: booking (a session) or group events (a seat)."""
    if payment.session_id is not None:
        publish(PremiumPaymentSettled(session_id=payment.session_id, outcome=outcome))
    elif payment.event_seat_id is not None:
        publish(EventSeatPaymentSettled(seat_id=payment.event_seat_id, outcome=outcome))


@dataclass(frozen=True)
class IntentView:
    session_id: int
    payment_intent_id: str
    client_secret: str
    amount_minor: int
    currency: str
    expires_at: datetime


def premium_intent(*, actor: Actor, session_id: int, gateway: PaymentGateway, clock: Clock) -> IntentView:
    payment = repo.payment_for_session(session_id)
    if payment is None or payment.user_id != actor.user_id:
        raise NotFound("No such payment.")
    return _intent(
        actor, payment, ref=session_id, metadata={"session_id": str(session_id)}, gateway=gateway, clock=clock
    )


def premium_seat_intent(*, actor: Actor, seat_id: int, gateway: PaymentGateway, clock: Clock) -> IntentView:
    """The PaymentIntent for the caller's group-event seat pending payment (`session_id` of the
    answer carries the seat id)."""
    payment = repo.payment_for_seat(seat_id)
    if payment is None or payment.user_id != actor.user_id:
        raise NotFound("No such payment.")
    return _intent(actor, payment, ref=seat_id, metadata={"event_seat_id": str(seat_id)}, gateway=gateway, clock=clock)


def _intent(
    actor: Actor, payment: PremiumView, *, ref: int, metadata: dict[str, str], gateway: PaymentGateway, clock: Clock
) -> IntentView:
    if payment.status != Status.AWAITING:
        raise Conflict(f"This payment is {payment.status}.", code="payment_not_open")
    if payment.expires_at <= clock.now():
        raise RuleViolated("The time to pay for this session has run out.", code="payment_expired")
    customer_id = customer_ensure(user_id=actor.user_id, gateway=gateway, clock=clock)

    def make(key: str) -> PaymentIntent:
        return gateway.create_payment_intent(
            amount=Money(payment.amount_minor, payment.currency),
            customer_id=customer_id,
            metadata={**metadata, "premium_payment": str(payment.id), "user_id": str(actor.user_id)},
            idempotency_key=key,
        )

    intent = provider_call(
        purpose="premium_intent",
        scope=f"payment:{payment.id}",
        make=make,
        encode=lambda i: {"id": i.id, "client_secret": i.client_secret},
        decode=lambda d: PaymentIntent(
            id=d["id"],
            client_secret=d["client_secret"],
            amount=Money(payment.amount_minor, payment.currency),
            status="",
        ),
        clock=clock,
    )
    with transaction.atomic():
        locked = repo.lock_payment(payment.id)
        if locked and locked.stripe_payment_intent_id is None:
            repo.update(payment.id, at=clock.now(), stripe_payment_intent_id=intent.id)
    return IntentView(ref, intent.id, intent.client_secret, payment.amount_minor, payment.currency, payment.expires_at)


def _settle(payment: PremiumView, *, outcome: PaymentOutcome, now: datetime) -> None:
    succeeded = outcome == PaymentOutcome.SUCCEEDED
    if payment.status != Status.AWAITING:
        if succeeded and payment.status in (Status.FAILED, Status.CANCELLED):
            # Paid after the booking was released: the money goes back, automatically.
            repo.update(payment.id, at=now, status=Status.REFUND_PENDING, refund_requested_minor=payment.amount_minor)
            _settle_refund_after_commit(payment.id)
        return
    repo.update(payment.id, at=now, status=Status.SUCCEEDED if succeeded else Status.FAILED)
    _announce(payment, outcome=outcome)
    if not succeeded:
        _cancel_intent_after_commit(payment.id)  # so that it can no longer be paid


def premium_intent_changed(*, payment_intent_id: str, event_type: str, gateway: PaymentGateway, clock: Clock) -> bool:
    """A PaymentIntent event: re-read the intent and settle the payment from its current state."""
    with transaction.atomic():
        payment = repo.payment_for_intent(payment_intent_id, lock=True)
        intent = gateway.get_payment_intent(payment_intent_id=payment_intent_id)
        if payment is None:
            # The intent was created but we did not get to store its id (crash, timeout): find it by metadata.
            own = intent.metadata.get("premium_payment", "")
            payment = repo.lock_payment(int(own)) if own.isdigit() else None
            if payment is None:
                return False
            payment = repo.update(payment.id, at=clock.now(), stripe_payment_intent_id=payment_intent_id)
        if intent.status == "succeeded":
            _settle(payment, outcome=PaymentOutcome.SUCCEEDED, now=clock.now())
        elif intent.status == "canceled" or event_type == "payment_intent.payment_failed":
            _settle(payment, outcome=PaymentOutcome.FAILED, now=clock.now())
    return True


def premium_cancel_intent(*, payment_id: int, gateway: PaymentGateway, clock: Clock) -> None:
    """Cancel the PaymentIntent of a released booking; if it was paid meanwhile, refund instead."""
    payment = repo.payment(payment_id)
    if payment is None or payment.stripe_payment_intent_id is None:
        return
    # Already succeeded or cancelled: the re-read below decides.
    with contextlib.suppress(PaymentRequestInvalid):
        gateway.cancel_payment_intent(
            payment_intent_id=payment.stripe_payment_intent_id, idempotency_key=f"cancel-intent:{payment.id}"
        )
    intent = gateway.get_payment_intent(payment_intent_id=payment.stripe_payment_intent_id)
    if intent.status == "succeeded":
        with transaction.atomic():
            locked = repo.lock_payment(payment_id)
            if locked:
                _settle(locked, outcome=PaymentOutcome.SUCCEEDED, now=clock.now())


def premium_expire_due(*, gateway: PaymentGateway, clock: Clock) -> int:
    """Release bookings whose payment window ran out (beat task, idempotent)."""
    released = 0
    for payment_id in repo.expired_awaiting(now=clock.now()):
        payment = repo.payment(payment_id)
        intent_status = ""
        if payment and payment.stripe_payment_intent_id:
            try:
                with contextlib.suppress(PaymentRequestInvalid):  # already succeeded or cancelled
                    gateway.cancel_payment_intent(
                        payment_intent_id=payment.stripe_payment_intent_id,
                        idempotency_key=f"cancel-intent:{payment.id}",
                    )
                intent_status = gateway.get_payment_intent(payment_intent_id=payment.stripe_payment_intent_id).status
            except PaymentsUnavailable:
                continue  # try again next run (the others still go ahead): the intent might still succeed
        with transaction.atomic():
            locked = repo.lock_payment(payment_id)
            if locked is None or locked.status != Status.AWAITING:
                continue
            if intent_status == "succeeded":
                _settle(locked, outcome=PaymentOutcome.SUCCEEDED, now=clock.now())
            else:
                repo.update(locked.id, at=clock.now(), status=Status.FAILED)
                _announce(locked, outcome=PaymentOutcome.EXPIRED)
                released += 1
    return released


def premium_give_back(*, session_id: int, now: datetime) -> None:
    """Inside booking's transaction: the session was cancelled with a full give-back."""
    _give_back(repo.payment_for_session(session_id, lock=True), now=now)


def premium_seat_give_back(*, seat_id: int, now: datetime) -> None:
    """Inside the seat's transaction: the seat was given up in time, or the event cancelled."""
    _give_back(repo.payment_for_seat(seat_id, lock=True), now=now)


def premium_seat_drop_unpaid(*, seat_id: int, now: datetime) -> None:
    """The seat was given up without a give-back: an unpaid payment simply closes."""
    _drop_unpaid(repo.payment_for_seat(seat_id, lock=True), now=now)


def _give_back(payment: PremiumView | None, *, now: datetime) -> None:
    if payment is None:
        return
    if payment.status == Status.AWAITING:
        repo.update(payment.id, at=now, status=Status.CANCELLED)
        _cancel_intent_after_commit(payment.id)
    elif payment.status == Status.SUCCEEDED and payment.refund_requested_minor < payment.amount_minor:
        repo.update(payment.id, at=now, status=Status.REFUND_PENDING, refund_requested_minor=payment.amount_minor)
        _settle_refund_after_commit(payment.id)


def premium_drop_unpaid(*, session_id: int, now: datetime) -> None:
    """The booking was cancelled without a give-back: an unpaid payment simply closes."""
    _drop_unpaid(repo.payment_for_session(session_id, lock=True), now=now)


def _drop_unpaid(payment: PremiumView | None, *, now: datetime) -> None:
    if payment is not None and payment.status == Status.AWAITING:
        repo.update(payment.id, at=now, status=Status.CANCELLED)
        _cancel_intent_after_commit(payment.id)


def premium_refund(*, actor: Actor, session_id: int, amount_minor: int | None, clock: Clock) -> PremiumView:
    """Staff refund a paid session (e.g. after a complaint), fully or partly. If the friend was
    already credited, their share is debited at once: clawed back from the next payout."""
    if not actor.is_staff:
        raise PermissionDenied("Only staff refund payments.")
    now = clock.now()
    with transaction.atomic():
        payment = repo.payment_for_session(session_id, lock=True)
        if payment is None:
            raise NotFound("No such payment.")
        if payment.status not in (Status.SUCCEEDED, Status.REFUND_PENDING):
            raise Conflict(f"A {payment.status} payment cannot be refunded.", code="not_refundable")
        left = payment.amount_minor - payment.refund_requested_minor
        amount = left if amount_minor is None else amount_minor
        if not 0 < amount <= left:
            raise InvalidInput(
                "The refund must be positive and at most what is left.",
                errors=[FieldProblem(("body", "amount_minor"), f"between 1 and {left}")],
            )
        requested = payment.refund_requested_minor + amount
        payment = repo.update(payment.id, at=now, status=Status.REFUND_PENDING, refund_requested_minor=requested)
        publish(
            StaffActed(
                actor_id=actor.user_id,
                action="payment.refund",
                target_type="premium_payment",
                target_id=payment.id,
                reason=f"{amount} {payment.currency} of session {session_id}",
                at=now,
            )
        )
        earning_take_back(
            session_id=session_id,
            amount_minor=amount,
            kind=ledger_rules.Kind.REFUND,
            fact=f"refund:payment:{payment.id}:upto:{requested}",
            now=now,
        )
        _settle_refund_after_commit(payment.id)
    return payment


def premium_refund_settle(*, payment_id: int, gateway: PaymentGateway, clock: Clock) -> None:
    """Carry out a requested refund at Stripe (task; idempotent, retried by reconciliation)."""
    payment = repo.payment(payment_id)
    if payment is None or payment.status != Status.REFUND_PENDING or not payment.stripe_payment_intent_id:
        return
    target = payment.refund_requested_minor
    amount = target - payment.refunded_minor
    if amount > 0:
        provider_call(
            purpose="refund",
            scope=f"payment:{payment.id}:upto:{target}",
            make=lambda key: gateway.refund(
                payment_intent_id=payment.stripe_payment_intent_id or "",
                amount=Money(amount, payment.currency),
                idempotency_key=key,
            ),
            encode=lambda r: {"id": r.id},
            decode=lambda d: d,
            clock=clock,
        )
    with transaction.atomic():
        locked = repo.lock_payment(payment_id)
        if locked and locked.status == Status.REFUND_PENDING and locked.refund_requested_minor == target:
            status = Status.REFUNDED if target >= locked.amount_minor else Status.SUCCEEDED
            repo.update(payment_id, at=clock.now(), refunded_minor=target, status=status)


def _take_back(payment: PremiumView, *, amount_minor: int, kind: str, fact: str, now: datetime) -> None:
    # Only sessions credit a friend's ledger; a group-event seat's money has no earning to take back.
    if payment.session_id is not None:
        earning_take_back(session_id=payment.session_id, amount_minor=amount_minor, kind=kind, fact=fact, now=now)


def premium_owns_intent(payment_intent_id: str) -> bool:
    return repo.payment_for_intent(payment_intent_id) is not None


def premium_refunded_at_stripe(*, charge_id: str, gateway: PaymentGateway, clock: Clock) -> bool:
    """`charge.refunded`: the charge, re-read from Stripe, says how much is refunded in total (the
    event body is never trusted for amounts). Refunds we asked for are already counted; anything
    beyond them was refunded outside the platform (Stripe's dashboard, support tooling) and is
    debited from the friend like our own refunds, never more than was paid.

    Idempotent and order-independent: the fact key is the cumulative total, totals only grow, and
    a replay (or an older event read after a newer one) finds nothing new."""
    now = clock.now()
    with transaction.atomic():
        charge = gateway.get_charge(charge_id=charge_id)
        payment = repo.payment_for_intent(charge.payment_intent_id or "", lock=True)
        if payment is None:
            return False
        if charge.amount.currency != payment.currency:
            raise RuleViolated(f"Charge {charge.id} is not in {payment.currency}.", code="currency_mismatch")
        # Re-read under the payment's lock: a concurrent event may have applied a newer total.
        charge = gateway.get_charge(charge_id=charge_id)
        total = min(charge.refunded_minor, payment.amount_minor)
        extra = total - payment.refund_requested_minor
        if extra <= 0:
            return False
        # A refund of ours still in flight settles the status itself (and finds nothing left to send).
        status = payment.status
        if status != Status.REFUND_PENDING:
            status = Status.REFUNDED if total >= payment.amount_minor else Status.SUCCEEDED
        repo.update(
            payment.id,
            at=now,
            status=status,
            refund_requested_minor=total,
            refunded_minor=max(total, payment.refunded_minor),
        )
        _take_back(
            payment,
            amount_minor=extra,
            kind=ledger_rules.Kind.REFUND,
            fact=f"refund:payment:{payment.id}:upto:{total}",
            now=now,
        )
    return True


def premium_dispute_changed(*, dispute_id: str, payment_intent_id: str, gateway: PaymentGateway, clock: Clock) -> bool:
    """`charge.dispute.*`: act on the dispute as Stripe has it now (re-read under the payment's lock).

    While the disputed money is withdrawn, the friend's share of it is taken back, once per
    dispute and never beyond what was paid; a dispute we win gives that back, once. Inquiries
    (`warning_*`) move no money and change nothing."""
    now = clock.now()
    with transaction.atomic():
        payment = repo.payment_for_intent(payment_intent_id, lock=True)
        if payment is None:
            return False
        dispute = gateway.get_dispute(dispute_id=dispute_id)
        if dispute.payment_intent_id not in (None, payment_intent_id) or dispute.amount.currency != payment.currency:
            raise RuleViolated(f"Dispute {dispute.id} does not match its payment.", code="dispute_mismatch")
        taken_fact = f"chargeback:{dispute.id}"
        if dispute.funds_withdrawn:
            repo.update(payment.id, at=now, disputed=True)
            _take_back(
                payment,
                amount_minor=min(dispute.amount.amount_minor, payment.amount_minor),
                kind=ledger_rules.Kind.CHARGEBACK,
                fact=taken_fact,
                now=now,
            )
        elif dispute.status == "won":
            repo.update(payment.id, at=now, disputed=False)
            if payment.session_id is not None:
                earning_restore(
                    session_id=payment.session_id, taken_fact=taken_fact, fact=f"dispute_won:{dispute.id}", now=now
                )
    return True


def payments_of(*, actor: Actor, page: PageRequest) -> Page[PremiumView]:
    items, total = repo.payments_of(actor.user_id, limit=page.limit, offset=page.offset)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
