"""Demo plans for `make run` (their Stripe price ids only mean something to the fake gateway)."""

from __future__ import annotations

from modules.billing.repositories import plans as repo

DEMO_PLANS = [
    {
        "code": "monthly",
        "name": "Monthly",
        "interval": "month",
        "price_minor": 2900,
        "currency": "usd",
        "stripe_price_id": "price_demo_monthly",
        "session_types": ["text", "voice", "video"],
        "sessions_per_period": 4,
    },
    {
        "code": "yearly",
        "name": "Yearly",
        "interval": "year",
        "price_minor": 29000,
        "currency": "usd",
        "stripe_price_id": "price_demo_yearly",
        "session_types": ["text", "voice", "video"],
        "sessions_per_period": 60,
    },
]


def demo_plans_ensure() -> list[str]:
    lines = []
    for fields in DEMO_PLANS:
        plan, created = repo.ensure_plan(fields["code"], {k: v for k, v in fields.items() if k != "code"})
        lines.append(f"{'created' if created else 'exists '} plan     {plan.code} (id {plan.id})")
    return lines
