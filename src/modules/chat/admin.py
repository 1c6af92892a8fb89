"""Chat in the admin, read-only: messages are people's words (admins only, and only to act on a
report); moderation itself goes through the API's report queue, which records who resolved what."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.chat.models import ChatPreferences, Conversation, Membership, Message, MessageReport


@admin.register(Conversation)
class ConversationAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("title",)
    list_display = ("id", "kind", "title", "last_seq", "last_message_at", "closed", "created_at")
    list_filter = ("kind", "closed")


@admin.register(Membership)
class MembershipAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("conversation_id", "user", "last_read_id", "joined_at")
    list_select_related = ("user",)


@admin.register(Message)
class MessageAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("sender", "body", "client_id")
    list_display = ("id", "conversation_id", "seq", "sender", "created_at")
    list_select_related = ("sender",)
    search_fields = ("sender__email",)


@admin.register(MessageReport)
class MessageReportAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("reporter", "note", "resolved_by")
    list_display = ("id", "message_id", "reporter", "reason", "status", "created_at", "resolved_by", "resolved_at")
    list_filter = ("status", "reason")
    list_select_related = ("reporter", "resolved_by")


@admin.register(ChatPreferences)
class ChatPreferencesAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("user", "share_presence", "send_read_receipts")
    list_select_related = ("user",)
