"""The retention policy: each rule deletes what is past its time, keeps the rest, and a rerun
finds nothing more."""

from __future__ import annotations

from datetime import timedelta

import pytest

from modules.billing.models import ProcessedEvent
from modules.moderation.models import AuditEntry
from modules.privacy.public import retention_run
from modules.privacy.services.retention import POLICY
from modules.support.models import Ticket, TicketMessage
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

KEEP = {rule.name: rule.keep for rule in POLICY}


def _ticket(requester, *, status, updated_at):
    ticket = Ticket.objects.create(
        requester=requester, category="other", subject="s", status=status, created_at=updated_at, updated_at=updated_at
    )
    TicketMessage.objects.create(ticket=ticket, author=requester, body="hello", created_at=updated_at)
    return ticket


def test_each_rule_purges_only_what_is_past_its_time(clock):
    person, staff = UserFactory(), UserFactory(role="manager")
    old = NOW - KEEP["support.closed_tickets"] - timedelta(days=1)
    recent = NOW - KEEP["support.closed_tickets"] + timedelta(days=1)
    gone = _ticket(person, status="closed", updated_at=old)
    kept_recent = _ticket(person, status="closed", updated_at=recent)
    kept_open = _ticket(person, status="open", updated_at=old)  # still being worked: never purged
    audit_cut = NOW - KEEP["moderation.audit"]
    for at in (audit_cut - timedelta(days=1), audit_cut + timedelta(days=1)):
        AuditEntry.objects.create(actor=staff, action="x", target_type="user", target_id=person.pk, at=at)
    event_cut = NOW - KEEP["billing.processed_webhook_events"]
    for n, at in enumerate((event_cut - timedelta(hours=1), event_cut + timedelta(hours=1))):
        ProcessedEvent.objects.create(event_id=f"evt_{n}", type="t", created=at, processed_at=at)

    removed = retention_run()

    assert removed["support.closed_tickets"] == 1
    assert set(Ticket.objects.values_list("pk", flat=True)) == {kept_recent.pk, kept_open.pk}
    assert not TicketMessage.objects.filter(ticket_id=gone.pk).exists()
    assert list(AuditEntry.objects.values_list("at", flat=True)) == [audit_cut + timedelta(days=1)]
    assert list(ProcessedEvent.objects.values_list("event_id", flat=True)) == ["evt_1"]
    assert set(retention_run().values()) == {0}


def test_every_rule_says_why():
    assert all(len(rule.why) > 20 for rule in POLICY)
