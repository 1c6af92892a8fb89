"""/api/chat: conversations, history, sending over HTTP, read markers, reports, socket tickets."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.errors import NotFound
from core.pagination import MAX_LIMIT, PageRequest
from kit.fields import ParamInt, param_int
from modules.accounts.public import actor_of, display_names
from modules.chat.api.schemas import (
    ConversationOut,
    ConversationPageOut,
    MemberOut,
    MessageIn,
    MessageOut,
    MessagePageOut,
    PreferencesOut,
    PreferencesPatch,
    ReadIn,
    ReportCaseOut,
    ReportIn,
    ReportOut,
    ReportPageOut,
    TicketOut,
)
from modules.chat.realtime import publish_blocking
from modules.chat.services import conversations as conversation_services
from modules.chat.services import messages as message_services
from modules.chat.services import presence as presence_services
from modules.chat.services import reports as report_services
from modules.chat.services import tickets as ticket_services

router = Router(tags=["chat"])

_MAX_ID = 2**63 - 1


def _id_or_404(value: int, what: str) -> int:
    # Beyond BIGINT nothing can exist; answering 404 avoids an overflow deep in the database.
    if not 1 <= value <= _MAX_ID:
        raise NotFound(f"No such {what}.")
    return value


class PageQuery(Schema):
    limit: ParamInt = Field(default=20, ge=1, le=MAX_LIMIT)
    offset: ParamInt = Field(default=0, ge=0, le=1_000_000)


class HistoryQuery(Schema):
    before: param_int(ge=1, le=_MAX_ID) | None = Field(default=None, description="Messages older than this id")
    after: param_int(ge=0, le=_MAX_ID) | None = Field(default=None, description="Messages newer than this id")
    limit: ParamInt = Field(default=50, ge=1, le=message_services.MAX_PAGE)


class ReportQuery(PageQuery):
    status: str | None = Field(default="open", pattern="^(open|resolved)$")


@router.post("/ticket", response={201: TicketOut}, summary="A one-time ticket to open the chat socket (browsers)")
def ticket(request: HttpRequest):
    value = ticket_services.ticket_issue(actor=actor_of(request))
    return Status(201, TicketOut(ticket=value, expires_in=ticket_services.TICKET_TTL_SECONDS))


@router.get("/conversations", response=ConversationPageOut, summary="My conversations, most recent first")
def conversations(request: HttpRequest, query: Query[PageQuery]):
    page = conversation_services.conversations_list(
        actor=actor_of(request), page=PageRequest(limit=query.limit, offset=query.offset)
    )
    return ConversationPageOut(
        items=[
            ConversationOut(
                id=item.summary.id,
                kind=item.summary.kind,
                title=item.summary.title,
                members=[MemberOut(user_id=uid, display_name=name) for uid, name in item.names.items()],
                unread_count=item.summary.unread_count,
                last_read_id=item.summary.last_read_id,
                last_message=item.summary.last_message,
                last_message_at=item.summary.last_message_at,
                closed=item.summary.closed,
            )
            for item in page.items
        ],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/conversations/{conversation_id}/messages", response=MessagePageOut, summary="Message history")
def history(request: HttpRequest, conversation_id: ParamInt, query: Query[HistoryQuery]):
    items, has_more = message_services.messages_page(
        actor=actor_of(request),
        conversation_id=_id_or_404(conversation_id, "conversation"),
        before=query.before,
        after=query.after,
        limit=query.limit,
    )
    return MessagePageOut(
        items=items,
        has_more=has_more,
        next_before=items[0].id if items else query.before,
        next_after=items[-1].id if items else query.after,
    )


@router.post(
    "/conversations/{conversation_id}/messages",
    response={201: MessageOut, 200: MessageOut},
    summary="Send a message (201; 200 with the original when client_id was already used)",
)
def send(request: HttpRequest, conversation_id: ParamInt, payload: MessageIn):
    outcome = message_services.message_send(
        actor=actor_of(request),
        conversation_id=_id_or_404(conversation_id, "conversation"),
        client_id=payload.client_id,
        body=payload.body,
        deliver=publish_blocking,
    )
    return Status(200 if outcome.duplicate else 201, outcome.message)


@router.post("/conversations/{conversation_id}/read", response={204: None}, summary="Mark read up to a message")
def mark_read(request: HttpRequest, conversation_id: ParamInt, payload: ReadIn):
    message_services.conversation_mark_read(
        actor=actor_of(request),
        conversation_id=_id_or_404(conversation_id, "conversation"),
        message_id=payload.message_id,
        deliver=publish_blocking,
    )
    return Status(204, None)


@router.post("/messages/{message_id}/report", response={201: ReportOut}, summary="Report a message to moderators")
def report(request: HttpRequest, message_id: ParamInt, payload: ReportIn):
    view = report_services.message_report(
        actor=actor_of(request), message_id=_id_or_404(message_id, "message"), reason=payload.reason, note=payload.note
    )
    return Status(201, view)


@router.get("/preferences", response=PreferencesOut, summary="My presence and read-receipt switches")
def preferences(request: HttpRequest):
    return presence_services.preferences_get(actor=actor_of(request))


@router.patch("/preferences", response=PreferencesOut, summary="Hide my presence or turn read receipts off")
def preferences_patch(request: HttpRequest, payload: PreferencesPatch):
    prefs, deliveries = presence_services.preferences_update(
        actor=actor_of(request), share_presence=payload.share_presence, send_read_receipts=payload.send_read_receipts
    )
    publish_blocking(deliveries)
    return prefs


@router.get("/reports", response=ReportPageOut, summary="Reported messages (staff)")
def reports(request: HttpRequest, query: Query[ReportQuery]):
    page = report_services.reports_list(
        actor=actor_of(request), status=query.status, page=PageRequest(limit=query.limit, offset=query.offset)
    )
    return ReportPageOut(items=page.items, total=page.total, limit=page.limit, offset=page.offset)


@router.get("/reports/{report_id}", response=ReportCaseOut, summary="A report with its message in context (staff)")
def report_case(request: HttpRequest, report_id: ParamInt):
    case = report_services.report_case(actor=actor_of(request), report_id=_id_or_404(report_id, "report"))
    names = display_names(list(case.member_ids))
    return ReportCaseOut(
        report=case.report,
        reported=case.reported,
        context=case.context,
        members=[MemberOut(user_id=uid, display_name=names.get(uid, "")) for uid in case.member_ids],
    )


@router.post("/reports/{report_id}/resolve", response=ReportOut, summary="Close a report (staff)")
def report_resolve(request: HttpRequest, report_id: ParamInt):
    return report_services.report_resolve(actor=actor_of(request), report_id=_id_or_404(report_id, "report"))
