"""Pull recent Stripe events and apply what lost webhooks missed (also an hourly beat task)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from django.core.management.base import BaseCommand

from modules.billing.public import reconcile_run


class Command(BaseCommand):
    help = "Apply Stripe events of the last N hours that were never processed, and finish pending side effects."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--hours", type=int, default=72, help="how far back to look (Stripe keeps 30 days)")

    def handle(self, *args: Any, **options: Any) -> None:
        since = datetime.now(UTC) - timedelta(hours=options["hours"])
        report = reconcile_run(since=since)
        self.stdout.write(
            f"events seen {report.seen}, applied {report.applied}, failed {report.failed}; "
            f"refunds retried {report.refunds_retried}, "
            f"premium payments expired {report.payments_expired}"
        )
