"""Support in the admin, read-only: tickets are worked through the API (which records who did what)."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import ReadOnlyInline, StaffAdmin
from modules.support.models import Ticket, TicketMessage


class TicketMessageInline(ReadOnlyInline):
    model = TicketMessage
    fields = ("created_at", "author_id", "internal", "body")
    readonly_fields = fields


@admin.register(Ticket)
class TicketAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("requester", "subject")
    list_display = ("id", "requester", "category", "subject", "status", "assignee_id", "created_at", "updated_at")
    list_filter = ("status", "category")
    list_select_related = ("requester",)
    inlines = (TicketMessageInline,)


@admin.register(TicketMessage)
class TicketMessageAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("author", "body")
    list_display = ("id", "ticket_id", "author", "internal", "created_at")
    list_select_related = ("author",)
