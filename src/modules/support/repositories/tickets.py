"""All ORM access of support's tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q

from kit.export import label, rows
from modules.support.domain.tickets import Category, LinkType, Status
from modules.support.models import Ticket, TicketMessage


@dataclass(frozen=True)
class TicketView:
    id: int
    requester_id: int
    category: str
    subject: str
    status: str
    assignee_id: int | None
    link_type: str
    link_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class TicketMessageView:
    id: int
    author_id: int
    body: str
    internal: bool
    created_at: datetime


def _view(t: Ticket) -> TicketView:
    return TicketView(
        t.pk, t.requester_id, t.category, t.subject, t.status, t.assignee_id, t.link_type, t.link_id,
        t.created_at, t.updated_at,
    )  # fmt: skip


def _message(m: TicketMessage) -> TicketMessageView:
    return TicketMessageView(m.pk, m.author_id, m.body, m.internal, m.created_at)


def create(
    *, requester_id: int, category: str, subject: str, body: str, link_type: str, link_id: int | None, at: datetime
) -> TicketView | None:
    """The new ticket with its first message; None if its chat report already has one."""
    try:
        with transaction.atomic():
            t = Ticket.objects.create(
                requester_id=requester_id, category=category, subject=subject, link_type=link_type, link_id=link_id,
                created_at=at, updated_at=at,
            )  # fmt: skip
            TicketMessage.objects.create(ticket=t, author_id=requester_id, body=body, created_at=at)
    except IntegrityError:
        return None
    return _view(t)


def get(ticket_id: int, *, lock: bool = False) -> TicketView | None:
    qs = Ticket.objects.filter(pk=ticket_id)
    if lock:
        qs = qs.select_for_update()
    t = qs.first()
    return _view(t) if t else None


def messages_of(ticket_id: int, *, include_internal: bool) -> list[TicketMessageView]:
    qs = TicketMessage.objects.filter(ticket_id=ticket_id)
    if not include_internal:
        qs = qs.filter(internal=False)
    return [_message(m) for m in qs.order_by("created_at", "pk")]


def add_message(*, ticket_id: int, author_id: int, body: str, internal: bool, at: datetime) -> TicketMessageView:
    m = TicketMessage.objects.create(
        ticket_id=ticket_id, author_id=author_id, body=body, internal=internal, created_at=at
    )
    return _message(m)


def update(ticket_id: int, *, at: datetime, **changes: object) -> None:
    Ticket.objects.filter(pk=ticket_id).update(updated_at=at, **changes)


def of_requester(requester_id: int, *, limit: int, offset: int) -> tuple[list[TicketView], int]:
    qs = Ticket.objects.filter(requester_id=requester_id)
    return [_view(t) for t in qs.order_by("-updated_at", "-pk")[offset : offset + limit]], qs.count()


def queue(
    *,
    status: str | None,
    category: str | None,
    assignee_id: int | None,
    unassigned: bool,
    requester_id: int | None,
    created_before: datetime | None,
    limit: int,
    offset: int,
) -> tuple[list[TicketView], int]:
    qs = Ticket.objects.all()
    if status:
        qs = qs.filter(status=status)
    if category:
        qs = qs.filter(category=category)
    if assignee_id is not None:
        qs = qs.filter(assignee_id=assignee_id)
    if unassigned:
        qs = qs.filter(assignee__isnull=True)
    if requester_id is not None:
        qs = qs.filter(requester_id=requester_id)
    if created_before is not None:
        qs = qs.filter(created_at__lt=created_before)
    # Oldest first: the queue is worked from the longest waiting.
    return [_view(t) for t in qs.order_by("created_at", "pk")[offset : offset + limit]], qs.count()


def export_of(user_id: int) -> dict[str, list[dict[str, object]]]:
    mine = Ticket.objects.filter(requester_id=user_id)
    return {
        label(Ticket): rows(mine),
        # Messages of my tickets that I may see (no staff notes), and what I wrote anywhere.
        label(TicketMessage): rows(
            TicketMessage.objects.filter(Q(ticket__in=mine.values("pk"), internal=False) | Q(author_id=user_id))
        ),
    }


def erase(user_id: int) -> None:
    """Words the person wrote in tickets go; the tickets stay (what staff did must stay explainable)."""
    TicketMessage.objects.filter(author_id=user_id).update(body="[erased]")
    Ticket.objects.filter(requester_id=user_id).update(subject="[erased]")


def safety_ticket_covers_session(*, ticket_id: int, session_id: int) -> bool:
    """Whether an open safety ticket (not closed) is about this session: what staff need to look
    at a session's private material (recordings)."""
    return (
        Ticket.objects.filter(pk=ticket_id, category=Category.SAFETY, link_type=LinkType.SESSION, link_id=session_id)
        .exclude(status=Status.CLOSED)
        .exists()
    )
