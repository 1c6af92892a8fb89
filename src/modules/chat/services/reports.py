"""Reporting messages, and the only way staff read a conversation: through a report."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from core import events
from core.errors import NotFound, RuleViolated
from core.identity import Actor, require_staff
from core.pagination import Page, PageRequest
from modules.chat import dependencies
from modules.chat.domain.messages import MessageView, ReportReason
from modules.chat.repositories import conversations as conversations_repo
from modules.chat.repositories import messages as repo
from modules.chat.repositories.messages import ReportView

CONTEXT_MESSAGES = 10


@dataclass(frozen=True)
class ReportCase:
    report: ReportView
    reported: MessageView
    context: list[MessageView]
    member_ids: tuple[int, ...]


def message_report(*, actor: Actor, message_id: int, reason: ReportReason, note: str) -> ReportView:
    message = repo.get_message(message_id)
    members = conversations_repo.members_of([message.conversation_id]) if message else {}
    if message is None or actor.user_id not in members.get(message.conversation_id, ()):
        raise NotFound("No such message.")
    if message.sender_id == actor.user_id:
        raise RuleViolated("You cannot report your own message.", code="own_message")
    with transaction.atomic():
        report = repo.report_create(
            message_id=message_id, reporter_id=actor.user_id, reason=reason, note=note, at=dependencies.clock().now()
        )
        # Support queues it as a safety ticket (once per report, however often this is called).
        events.publish(
            events.MessageReported(
                report_id=report.id, message_id=message_id, reporter_id=actor.user_id, reason=str(reason), note=note
            )
        )
        return report


def reports_list(*, actor: Actor, status: str | None, page: PageRequest) -> Page[ReportView]:
    require_staff(actor, "Only staff handle reports.")
    items, total = repo.reports(status=status, limit=page.limit, offset=page.offset)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


def report_case(*, actor: Actor, report_id: int) -> ReportCase:
    """The reported message with the messages around it: enough to judge, not the whole history."""
    require_staff(actor, "Only staff handle reports.")
    report = repo.report_get(report_id)
    message = repo.get_message(report.message_id) if report else None
    if report is None or message is None:
        raise NotFound("No such report.")
    members = conversations_repo.members_of([message.conversation_id]).get(message.conversation_id, ())
    return ReportCase(
        report=report, reported=message, context=repo.around(message, context=CONTEXT_MESSAGES), member_ids=members
    )


def report_resolve(*, actor: Actor, report_id: int) -> ReportView:
    require_staff(actor, "Only staff handle reports.")
    if repo.report_get(report_id) is None:
        raise NotFound("No such report.")
    now = dependencies.clock().now()
    with transaction.atomic():
        repo.report_resolve(report_id=report_id, by=actor.user_id, at=now)
        # In the same transaction: the audit log holds the resolution exactly when it happened.
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="chat_report.resolve",
                target_type="chat_report",
                target_id=report_id,
                at=now,
            )
        )
    report = repo.report_get(report_id)
    assert report is not None
    return report
