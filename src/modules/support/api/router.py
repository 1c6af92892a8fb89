"""/api/support (people: tickets and reports) and /api/admin/tickets (staff: the one queue)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import MAX_ID, Id, PageQuery, StrictSchema, page_out
from kit.fields import AwareDatetime, ParamBool, param_int
from modules.accounts.public import actor_of
from modules.support import dependencies as deps
from modules.support.domain.tickets import Category, LinkType
from modules.support.domain.tickets import Status as TicketStatus
from modules.support.services import tickets

router = Router(tags=["support"])
staff_router = Router(tags=["support"])

UserLink = Literal["session", "payment", "event", "message"]


class TicketIn(StrictSchema):
    category: Literal["account", "billing", "session", "safety", "other"]
    subject: str = Field(min_length=3, max_length=200)
    body: str = Field(min_length=1, max_length=10_000)
    link_type: UserLink | None = Field(default=None, description="What it is about, if anything")
    link_id: int | None = Field(default=None, ge=1, le=MAX_ID, strict=True)


class SupportReportIn(StrictSchema):
    target_type: Literal["user", "session"]
    target_id: int = Field(ge=1, le=MAX_ID, strict=True)
    reason: Literal["harassment", "spam", "inappropriate", "safety", "fraud", "other"]
    note: str = Field(default="", max_length=2000)


class TicketReplyIn(StrictSchema):
    body: str = Field(min_length=1, max_length=10_000)


class StaffReplyIn(TicketReplyIn):
    internal: bool = Field(default=False, strict=True, description="A note for staff only")


class AssignIn(StrictSchema):
    assignee_id: int | None = Field(ge=1, le=MAX_ID, strict=True, description="A staff member, or null to unassign")


class TicketStatusIn(StrictSchema):
    status: Literal["open", "pending", "resolved", "closed"]


class SupportTicketOut(Schema):
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


class TicketPage(Schema):
    items: list[SupportTicketOut]
    total: int
    limit: int
    offset: int


class TicketMessageOut(Schema):
    id: int
    author_id: int
    body: str
    internal: bool
    created_at: datetime


class TicketThreadOut(Schema):
    ticket: SupportTicketOut
    messages: list[TicketMessageOut]


class TicketQueueQuery(PageQuery):
    status: Literal["open", "pending", "resolved", "closed"] | None = None
    category: Literal["account", "billing", "session", "safety", "other"] | None = None
    assignee_id: param_int(ge=1, le=MAX_ID) | None = None
    unassigned: ParamBool = False
    requester_id: param_int(ge=1, le=MAX_ID) | None = None
    created_before: AwareDatetime | None = Field(default=None, description="Only tickets older than this")


def _ticket(view) -> SupportTicketOut:
    return SupportTicketOut(**{k: getattr(view, k) for k in SupportTicketOut.model_fields})


def _thread(thread) -> TicketThreadOut:
    return TicketThreadOut(
        ticket=_ticket(thread.ticket),
        messages=[
            TicketMessageOut(**{k: getattr(m, k) for k in TicketMessageOut.model_fields}) for m in thread.messages
        ],
    )


@router.post(
    "/tickets",
    response={201: SupportTicketOut},
    operation_id="support_ticket_open",
    openapi_extra=error_responses(404),
    summary="Ask for help",
    description=(
        "Signed-in people open a ticket, optionally about one of their sessions (404 for others'), "
        "a payment, an event or a message."
    ),
)
def ticket_open(request: HttpRequest, payload: TicketIn):
    view = tickets.ticket_open(
        actor=actor_of(request),
        category=Category(payload.category),
        subject=payload.subject,
        body=payload.body,
        link_type=LinkType(payload.link_type) if payload.link_type else None,
        link_id=payload.link_id,
        now=deps.clock().now(),
    )
    return Status(201, _ticket(view))


@router.post(
    "/reports",
    response={201: SupportTicketOut},
    operation_id="support_report_open",
    openapi_extra=error_responses(404),
    summary="Report a person or a session",
    description="Opens a safety ticket for staff. A session must be one the caller took part in (404 otherwise).",
)
def report_open(request: HttpRequest, payload: SupportReportIn):
    view = tickets.report_open(
        actor=actor_of(request),
        target_type=LinkType(payload.target_type),
        target_id=payload.target_id,
        reason=payload.reason,
        note=payload.note,
        now=deps.clock().now(),
    )
    return Status(201, _ticket(view))


@router.get(
    "/tickets",
    response=TicketPage,
    operation_id="support_tickets_mine",
    summary="My tickets",
    description="The caller's tickets, most recently active first.",
)
def tickets_mine(request: HttpRequest, query: Query[PageQuery]):
    page = tickets.tickets_mine(actor=actor_of(request), page=query.page_request())
    return page_out(TicketPage, page, _ticket)


@router.get(
    "/tickets/{ticket_id}",
    response=TicketThreadOut,
    operation_id="support_ticket_get",
    openapi_extra=error_responses(404),
    summary="One of my tickets with its replies",
    description="The requester sees public messages; others get 404.",
)
def ticket_get(request: HttpRequest, ticket_id: Id):
    return _thread(tickets.ticket_thread(actor=actor_of(request), ticket_id=ticket_id))


@router.post(
    "/tickets/{ticket_id}/replies",
    response={201: TicketThreadOut},
    operation_id="support_ticket_reply",
    openapi_extra=error_responses(404, 409),
    summary="Reply on my ticket",
    description="Puts the ticket back in staff's queue (reopens a resolved one; 409 `ticket_closed` when closed).",
)
def ticket_reply(request: HttpRequest, ticket_id: Id, payload: TicketReplyIn):
    thread = tickets.ticket_reply(
        actor=actor_of(request), ticket_id=ticket_id, body=payload.body, internal=False, now=deps.clock().now()
    )
    return Status(201, _thread(thread))


@staff_router.get(
    "",
    response=TicketPage,
    operation_id="support_queue",
    openapi_extra=error_responses(403),
    summary="The support queue (staff)",
    description="Managers and admins: every ticket, oldest first, filterable; chat reports are here as safety tickets.",
)
def queue(request: HttpRequest, query: Query[TicketQueueQuery]):
    page = tickets.queue(
        actor=actor_of(request),
        status=TicketStatus(query.status) if query.status else None,
        category=Category(query.category) if query.category else None,
        assignee_id=query.assignee_id,
        unassigned=query.unassigned,
        requester_id=query.requester_id,
        created_before=query.created_before,
        page=query.page_request(),
    )
    return page_out(TicketPage, page, _ticket)


@staff_router.get(
    "/{ticket_id}",
    response=TicketThreadOut,
    operation_id="support_queue_ticket_get",
    openapi_extra=error_responses(403, 404),
    summary="A ticket with every message and note (staff)",
    description="Managers and admins.",
)
def staff_ticket_get(request: HttpRequest, ticket_id: Id):
    return _thread(tickets.staff_ticket_thread(actor=actor_of(request), ticket_id=ticket_id))


@staff_router.post(
    "/{ticket_id}/replies",
    response={201: TicketThreadOut},
    operation_id="support_queue_reply",
    openapi_extra=error_responses(403, 404, 409),
    summary="Reply or add a note (staff)",
    description=(
        "A public reply waits for the requester (pending) and notifies them; an internal note is for staff only."
    ),
)
def staff_reply(request: HttpRequest, ticket_id: Id, payload: StaffReplyIn):
    thread = tickets.staff_ticket_reply(
        actor=actor_of(request),
        ticket_id=ticket_id,
        body=payload.body,
        internal=payload.internal,
        now=deps.clock().now(),
    )
    return Status(201, _thread(thread))


@staff_router.post(
    "/{ticket_id}/assign",
    response=SupportTicketOut,
    operation_id="support_queue_assign",
    openapi_extra=error_responses(403, 404),
    summary="Assign a ticket (staff)",
    description="To a staff member (422 otherwise), or null to unassign.",
)
def assign(request: HttpRequest, ticket_id: Id, payload: AssignIn):
    return _ticket(
        tickets.ticket_assign(
            actor=actor_of(request), ticket_id=ticket_id, assignee_id=payload.assignee_id, now=deps.clock().now()
        )
    )


@staff_router.post(
    "/{ticket_id}/status",
    response=SupportTicketOut,
    operation_id="support_queue_status",
    openapi_extra=error_responses(403, 404, 409),
    summary="Move a ticket (staff)",
    description="open → pending → resolved → closed (resolving notifies the requester; closed is final: 409).",
)
def move(request: HttpRequest, ticket_id: Id, payload: TicketStatusIn):
    return _ticket(
        tickets.ticket_move(
            actor=actor_of(request), ticket_id=ticket_id, status=TicketStatus(payload.status), now=deps.clock().now()
        )
    )
