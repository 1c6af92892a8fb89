"""Use cases of support: people open tickets and reports and talk with staff; staff work one queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from core import events
from core.errors import FieldProblem, InvalidInput, NotFound, PermissionDenied
from core.identity import STAFF_ROLES, Actor, require_staff
from core.pagination import Page, PageRequest
from modules.accounts.public import person_basics
from modules.booking.public import session_outcome
from modules.notifications.public import NotificationKind, notify
from modules.support.domain import tickets as rules
from modules.support.domain.tickets import Category, LinkType, Status
from modules.support.repositories import tickets as repo
from modules.support.repositories.tickets import TicketMessageView, TicketView


@dataclass(frozen=True)
class TicketThread:
    ticket: TicketView
    messages: list[TicketMessageView]


def _check_link(actor: Actor, link_type: LinkType | None, link_id: int | None) -> None:
    """A ticket may point only at a session the person took part in (others' sessions do not exist for them)."""
    if (link_type is None) != (link_id is None):
        raise InvalidInput(
            "Give both link_type and link_id, or neither.",
            errors=[FieldProblem(("body", "link_id"), "goes with link_type")],
        )
    if link_type == LinkType.SESSION and link_id is not None:
        session = session_outcome(link_id)
        if session is None or actor.user_id not in (session.user_id, session.friend_id):
            raise NotFound("No such session.")


def ticket_open(
    *,
    actor: Actor,
    category: Category,
    subject: str,
    body: str,
    link_type: LinkType | None,
    link_id: int | None,
    now: datetime,
) -> TicketView:
    _check_link(actor, link_type, link_id)
    ticket = repo.create(
        requester_id=actor.user_id,
        category=category,
        subject=subject.strip(),
        body=body.strip(),
        link_type=link_type or "",
        link_id=link_id,
        at=now,
    )
    assert ticket is not None  # only chat-report tickets can collide
    return ticket


def report_open(
    *, actor: Actor, target_type: LinkType, target_id: int, reason: str, note: str, now: datetime
) -> TicketView:
    """Report a person or a session: a safety ticket in staff's queue."""
    if target_type == LinkType.USER:
        if target_id == actor.user_id or person_basics(target_id) is None:
            raise NotFound("No such person.")
    else:
        _check_link(actor, target_type, target_id)
    subject = f"Report: {target_type.value} {target_id} ({reason})"
    return ticket_open(
        actor=actor,
        category=Category.SAFETY,
        subject=subject,
        body=note or reason,
        link_type=target_type,
        link_id=target_id,
        now=now,
    )


def on_message_reported(event: events.MessageReported, *, now: datetime) -> None:
    """A chat report joins the same queue as a safety ticket, once (chat keeps the message and context)."""
    repo.create(
        requester_id=event.reporter_id,
        category=Category.SAFETY,
        subject=f"Reported message ({event.reason})",
        body=event.note or event.reason,
        link_type=LinkType.CHAT_REPORT,
        link_id=event.report_id,
        at=now,
    )


def tickets_mine(*, actor: Actor, page: PageRequest) -> Page[TicketView]:
    items, total = repo.of_requester(actor.user_id, limit=page.limit, offset=page.offset)
    return Page(items, total, page.limit, page.offset)


def _visible(actor: Actor, ticket_id: int, *, lock: bool = False) -> TicketView:
    ticket = repo.get(ticket_id, lock=lock)
    if ticket is None or (ticket.requester_id != actor.user_id and not actor.is_staff):
        raise NotFound("No such ticket.")
    return ticket


def ticket_thread(*, actor: Actor, ticket_id: int) -> TicketThread:
    ticket = _visible(actor, ticket_id)
    # Staff notes are for staff, even on a staff member's own ticket.
    return TicketThread(ticket, repo.messages_of(ticket_id, include_internal=actor.is_staff))


def ticket_reply(*, actor: Actor, ticket_id: int, body: str, internal: bool, now: datetime) -> TicketThread:
    with transaction.atomic():
        ticket = _visible(actor, ticket_id, lock=True)
        as_staff = actor.is_staff and ticket.requester_id != actor.user_id
        if internal and not as_staff:
            raise PermissionDenied("Only staff write internal notes.", code="staff_only")
        current = Status(ticket.status)
        if as_staff:
            status = rules.status_after_staff_reply(current, internal=internal)
        else:
            status = rules.status_after_requester_reply(current)
        repo.add_message(ticket_id=ticket_id, author_id=actor.user_id, body=body.strip(), internal=internal, at=now)
        repo.update(ticket_id, at=now, status=status)
        if as_staff:
            events.publish(
                events.StaffActed(
                    actor_id=actor.user_id,
                    action="ticket.note" if internal else "ticket.reply",
                    target_type="ticket",
                    target_id=ticket_id,
                    at=now,
                )
            )
            if not internal:
                _tell_requester(ticket, key=f"ticket-reply:{ticket_id}:{now.timestamp()}", body="Support replied.")
    return ticket_thread(actor=actor, ticket_id=ticket_id)


def staff_ticket_thread(*, actor: Actor, ticket_id: int) -> TicketThread:
    require_staff(actor, "Only staff work the support queue.")
    return ticket_thread(actor=actor, ticket_id=ticket_id)


def staff_ticket_reply(*, actor: Actor, ticket_id: int, body: str, internal: bool, now: datetime) -> TicketThread:
    require_staff(actor, "Only staff work the support queue.")
    return ticket_reply(actor=actor, ticket_id=ticket_id, body=body, internal=internal, now=now)


def _tell_requester(ticket: TicketView, *, key: str, body: str) -> None:
    notify(
        user_id=ticket.requester_id,
        key=key,
        kind=NotificationKind.ACCOUNT,
        title=f"Your ticket: {ticket.subject[:80]}",
        body=body,
        data={"ticket_id": str(ticket.id)},
    )


def queue(
    *,
    actor: Actor,
    status: Status | None,
    category: Category | None,
    assignee_id: int | None,
    unassigned: bool,
    requester_id: int | None,
    created_before: datetime | None,
    page: PageRequest,
) -> Page[TicketView]:
    require_staff(actor, "Only staff work the support queue.")
    items, total = repo.queue(
        status=status,
        category=category,
        assignee_id=assignee_id,
        unassigned=unassigned,
        requester_id=requester_id,
        created_before=created_before,
        limit=page.limit,
        offset=page.offset,
    )
    return Page(items, total, page.limit, page.offset)


def ticket_assign(*, actor: Actor, ticket_id: int, assignee_id: int | None, now: datetime) -> TicketView:
    require_staff(actor, "Only staff work the support queue.")
    if assignee_id is not None:
        assignee = person_basics(assignee_id)
        if assignee is None or not assignee.is_active or assignee.role not in STAFF_ROLES:
            raise InvalidInput(
                "Tickets are assigned to staff.", errors=[FieldProblem(("body", "assignee_id"), "must be staff")]
            )
    with transaction.atomic():
        ticket = _visible(actor, ticket_id, lock=True)
        repo.update(ticket.id, at=now, assignee_id=assignee_id)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="ticket.assign",
                target_type="ticket",
                target_id=ticket_id,
                reason=f"assignee {assignee_id}",
                at=now,
            )
        )
        updated = repo.get(ticket_id)
    assert updated is not None
    return updated


def ticket_move(*, actor: Actor, ticket_id: int, status: Status, now: datetime) -> TicketView:
    require_staff(actor, "Only staff work the support queue.")
    with transaction.atomic():
        ticket = _visible(actor, ticket_id, lock=True)
        rules.check_staff_move(Status(ticket.status), status)
        repo.update(ticket.id, at=now, status=status)
        events.publish(
            events.StaffActed(
                actor_id=actor.user_id,
                action="ticket.status",
                target_type="ticket",
                target_id=ticket_id,
                reason=f"{ticket.status} -> {status.value}",
                at=now,
            )
        )
        if status == Status.RESOLVED and ticket.status != Status.RESOLVED:
            _tell_requester(
                ticket, key=f"ticket-resolved:{ticket_id}:{now.timestamp()}", body="Support marked it resolved."
            )
        updated = repo.get(ticket_id)
    assert updated is not None
    return updated
