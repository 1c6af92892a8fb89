"""Pay friends their available balance through Stripe Connect (also a daily beat task)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from modules.billing.public import payout_cycle_run


class Command(BaseCommand):
    help = "Run one payout cycle: pending transfers are retried, then available balances are paid out."

    def handle(self, *args: Any, **options: Any) -> None:
        report = payout_cycle_run()
        self.stdout.write(f"paid {report.paid}, failed {report.failed}, left pending {report.left_pending}")
