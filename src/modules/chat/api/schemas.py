from __future__ import annotations

from datetime import datetime

from ninja import Schema
from pydantic import Field

from kit.api import StrictSchema
from kit.fields import Bool, Id
from modules.chat.domain.messages import MAX_BODY_CHARS, MAX_CLIENT_ID_CHARS, ConversationKind, ReportReason


class MessageOut(Schema):
    id: int = Field(description="Server id; increases with commit order within a conversation")
    conversation_id: int
    seq: int = Field(description="Position in the conversation: 1, 2, 3... without gaps")
    sender_id: int
    client_id: str
    body: str
    created_at: datetime


class MemberOut(Schema):
    user_id: int
    display_name: str


class ConversationOut(Schema):
    id: int
    kind: ConversationKind
    title: str
    members: list[MemberOut]
    unread_count: int
    last_read_id: int
    last_message: MessageOut | None
    last_message_at: datetime | None
    closed: bool = Field(False, description="a block between the members: history is readable, sending is refused")


class ConversationPageOut(Schema):
    items: list[ConversationOut]
    total: int
    limit: int
    offset: int


class MessagePageOut(Schema):
    items: list[MessageOut] = Field(description="Oldest first")
    has_more: bool = Field(description="More messages exist beyond this page in the direction asked")
    next_before: int | None = Field(description="Pass as `before` for the previous (older) page")
    next_after: int | None = Field(description="Pass as `after` for the next (newer) page")


class MessageIn(StrictSchema):
    client_id: str = Field(min_length=1, max_length=MAX_CLIENT_ID_CHARS, description="Your own id; resend safely")
    body: str = Field(min_length=1, max_length=MAX_BODY_CHARS)


class ReadIn(StrictSchema):
    message_id: Id


class ReportIn(StrictSchema):
    reason: ReportReason
    note: str = Field(default="", max_length=1000)


class ReportOut(Schema):
    id: int
    message_id: int
    conversation_id: int
    reporter_id: int
    reason: ReportReason
    note: str
    status: str
    created_at: datetime


class ReportPageOut(Schema):
    items: list[ReportOut]
    total: int
    limit: int
    offset: int


class ReportCaseOut(Schema):
    report: ReportOut
    reported: MessageOut
    context: list[MessageOut] = Field(description="The reported message with up to 10 messages either side")
    members: list[MemberOut]


class TicketOut(Schema):
    ticket: str
    expires_in: int = Field(description="Seconds; the ticket works once")


class PreferencesOut(Schema):
    share_presence: bool
    send_read_receipts: bool


class PreferencesPatch(StrictSchema):
    share_presence: Bool | None = None
    send_read_receipts: Bool | None = None
