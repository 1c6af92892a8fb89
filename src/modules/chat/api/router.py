"""/api/chat: conversations, history, sending over HTTP, read markers, reports, socket tickets."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import Id, PageQuery, page_out
from kit.fields import MAX_ID, ParamInt, param_int
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


class HistoryQuery(Schema):
    before: param_int(ge=1, le=MAX_ID) | None = Field(default=None, description="Messages older than this id")
    after: param_int(ge=0, le=MAX_ID) | None = Field(default=None, description="Messages newer than this id")
    limit: ParamInt = Field(default=50, ge=1, le=message_services.MAX_PAGE)


class ReportQuery(PageQuery):
    status: str | None = Field(default="open", pattern="^(open|resolved)$")


@router.post(
    "/ticket",
    response={201: TicketOut},
    summary="A one-time ticket to open the chat socket (browsers)",
    operation_id="chat_ticket_create",
)
def ticket(request: HttpRequest):
    """Any signed-in account: a one-time, short-lived ticket to open the chat socket from a browser
    (send it as the `ticket, <ticket>` subprotocol or `?ticket=`).
    """
    value = ticket_services.ticket_issue(actor=actor_of(request))
    return Status(201, TicketOut(ticket=value, expires_in=ticket_services.TICKET_TTL_SECONDS))


@router.get(
    "/conversations",
    response=ConversationPageOut,
    summary="My conversations, most recent first",
    operation_id="chat_conversations_list",
)
def conversations(request: HttpRequest, query: Query[PageQuery]):
    """Any signed-in account: its own conversations, most recent first. Changes nothing."""
    page = conversation_services.conversations_list(actor=actor_of(request), page=query.page_request())
    return page_out(ConversationPageOut, page, _conversation_out)


def _conversation_out(item: conversation_services.ConversationListing) -> ConversationOut:
    return ConversationOut(
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


@router.get(
    "/conversations/{conversation_id}/messages",
    response=MessagePageOut,
    summary="Message history",
    operation_id="chat_messages_list",
    openapi_extra=error_responses(404),
)
def history(request: HttpRequest, conversation_id: Id, query: Query[HistoryQuery]):
    """Conversation members only (others get 404): messages before or after an id. Changes nothing."""
    items, has_more = message_services.messages_page(
        actor=actor_of(request),
        conversation_id=conversation_id,
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
    operation_id="chat_messages_send",
    openapi_extra=error_responses(403, 404),
)
def send(request: HttpRequest, conversation_id: Id, payload: MessageIn):
    """Conversation members only: send a message (201); resending the same `client_id` returns the original (200). 403
    when one side blocked the other.
    """
    outcome = message_services.message_send(
        actor=actor_of(request),
        conversation_id=conversation_id,
        client_id=payload.client_id,
        body=payload.body,
        deliver=publish_blocking,
    )
    return Status(200 if outcome.duplicate else 201, outcome.message)


@router.post(
    "/conversations/{conversation_id}/read",
    response={204: None},
    summary="Mark read up to a message",
    operation_id="chat_conversations_mark_read",
    openapi_extra=error_responses(404),
)
def mark_read(request: HttpRequest, conversation_id: Id, payload: ReadIn):
    """Conversation members only: mark read up to a message; the other side sees a receipt if the caller
    sends them.
    """
    message_services.conversation_mark_read(
        actor=actor_of(request),
        conversation_id=conversation_id,
        message_id=payload.message_id,
        deliver=publish_blocking,
    )
    return Status(204, None)


@router.post(
    "/messages/{message_id}/report",
    response={201: ReportOut},
    summary="Report a message to moderators",
    operation_id="chat_messages_report",
    openapi_extra=error_responses(404, 409),
)
def report(request: HttpRequest, message_id: Id, payload: ReportIn):
    """Conversation members only: report someone else's message to the moderators, once."""
    view = report_services.message_report(
        actor=actor_of(request), message_id=message_id, reason=payload.reason, note=payload.note
    )
    return Status(201, view)


@router.get(
    "/preferences",
    response=PreferencesOut,
    summary="My presence and read-receipt switches",
    operation_id="chat_preferences_get",
)
def preferences(request: HttpRequest):
    """Any signed-in account: its presence and read-receipt switches. Changes nothing."""
    return presence_services.preferences_get(actor=actor_of(request))


@router.patch(
    "/preferences",
    response=PreferencesOut,
    summary="Hide my presence or turn read receipts off",
    operation_id="chat_preferences_update",
)
def preferences_patch(request: HttpRequest, payload: PreferencesPatch):
    """Any signed-in account hides its presence or turns read receipts off (or on)."""
    prefs, deliveries = presence_services.preferences_update(
        actor=actor_of(request), share_presence=payload.share_presence, send_read_receipts=payload.send_read_receipts
    )
    publish_blocking(deliveries)
    return prefs


@router.get(
    "/reports",
    response=ReportPageOut,
    summary="Reported messages (staff)",
    operation_id="chat_reports_list",
    openapi_extra=error_responses(403),
)
def reports(request: HttpRequest, query: Query[ReportQuery]):
    """Staff only: reported messages, open or resolved. Changes nothing."""
    page = report_services.reports_list(actor=actor_of(request), status=query.status, page=query.page_request())
    return page_out(ReportPageOut, page)


@router.get(
    "/reports/{report_id}",
    response=ReportCaseOut,
    summary="A report with its message in context (staff)",
    operation_id="chat_reports_get",
    openapi_extra=error_responses(403, 404),
)
def report_case(request: HttpRequest, report_id: Id):
    """Staff only: a report with the reported message in context. Changes nothing."""
    case = report_services.report_case(actor=actor_of(request), report_id=report_id)
    names = display_names(list(case.member_ids))
    return ReportCaseOut(
        report=case.report,
        reported=case.reported,
        context=case.context,
        members=[MemberOut(user_id=uid, display_name=names.get(uid, "")) for uid in case.member_ids],
    )


@router.post(
    "/reports/{report_id}/resolve",
    response=ReportOut,
    summary="Close a report (staff)",
    operation_id="chat_reports_resolve",
    openapi_extra=error_responses(403, 404),
)
def report_resolve(request: HttpRequest, report_id: Id):
    """Staff only: close a report."""
    return report_services.report_resolve(actor=actor_of(request), report_id=report_id)
