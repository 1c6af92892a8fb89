"""The retention policy (docs/operations.md, "Data retention"), carried out by a daily task.

Each rule names what goes, after how long, and why; the owning module deletes its own rows
(through its public), privacy only keeps the calendar. Idempotent: a rerun finds nothing new."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from modules.billing import public as billing
from modules.moderation import public as moderation
from modules.privacy import dependencies as deps
from modules.privacy.services import archives
from modules.support import public as support


@dataclass(frozen=True)
class Rule:
    name: str
    keep: timedelta
    purge: Callable[[datetime], int]  # deletes what is older than the cut-off; returns how many
    why: str


POLICY: tuple[Rule, ...] = (
    Rule(
        "privacy.export_archives",
        timedelta(0),  # each archive carries its own end (24 hours after it was built)
        lambda cut: archives.archives_expire(now=cut, storage=deps.media_storage()),
        "An export holds everything about a person: its file lives only as long as its download window.",
    ),
    Rule(
        "support.closed_tickets",
        timedelta(days=730),
        lambda cut: support.purge_closed_tickets(closed_before=cut),
        "Two years covers follow-ups, complaints and late chargebacks (card networks allow up to 540 days).",
    ),
    Rule(
        "moderation.audit",
        timedelta(days=6 * 365),
        lambda cut: moderation.purge_audit(before=cut),
        "Evidence of staff actions for the usual six-year limitation period, then no longer needed.",
    ),
    Rule(
        "billing.processed_webhook_events",
        timedelta(days=90),
        lambda cut: billing.purge_processed_events(before=cut),
        "Stripe retries an event for 3 days; 90 days of ids is ample to keep replays harmless.",
    ),
)


def retention_run(*, now: datetime) -> dict[str, int]:
    """Apply every rule; how many rows each removed."""
    return {rule.name: rule.purge(now - rule.keep) for rule in POLICY}
