"""Billing factories: plans, and users who already have a subscription."""

from __future__ import annotations

from datetime import timedelta

import factory

from modules.billing.models import Customer, Plan, PremiumPayment, Subscription
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan
        django_get_or_create = ("code",)

    code = "monthly"
    name = "Monthly"
    interval = "month"
    price_minor = 2900
    currency = "usd"
    stripe_price_id = factory.LazyAttribute(lambda p: f"price_{p.code}")
    session_types = factory.LazyFunction(lambda: ["text", "voice", "video"])
    sessions_per_period = 4


def subscribe(user, *, plan: Plan | None = None, status: str = "active", days_left: int = 30) -> Subscription:
    """Give `user` a subscription as if Stripe had created it (period running at tests.clock.NOW)."""
    plan = plan or PlanFactory()
    Customer.objects.get_or_create(user=user, defaults={"stripe_customer_id": f"cus_test_{user.pk}"})
    return Subscription.objects.create(
        user=user,
        plan=plan,
        stripe_subscription_id=f"sub_test_{user.pk}_{Subscription.objects.count()}",
        status=status,
        current_period_end=NOW + timedelta(days=days_left),
        trial_end=None,
        cancel_at_period_end=False,
        synced_at=NOW,
    )


class SubscriberFactory(UserFactory):
    """A user on an active monthly plan (4 included sessions of every type)."""

    @factory.post_generation
    def subscription(self, create, extracted, **kwargs):
        if create:
            subscribe(self)


class PremiumPaymentFactory(factory.django.DjangoModelFactory):
    """A premium payment waiting to be paid (set `session_id`, `user`, `friend`)."""

    class Meta:
        model = PremiumPayment

    amount_minor = 3000
    currency = "usd"
    expires_at = NOW + timedelta(minutes=15)
    created_at = NOW
    updated_at = NOW
