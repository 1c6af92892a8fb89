"""Group events in the admin: staff look; seats are read-only (they move only through the API's locks)."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import ReadOnlyInline, StaffAdmin
from modules.group_events.models import Event, EventHost, Seat


class HostInline(ReadOnlyInline):
    model = EventHost
    fields = ("host_id",)
    readonly_fields = fields


@admin.register(Event)
class EventAdmin(StaffAdmin):
    # Seats, counters and statuses change only through the API (capacity and waitlist rules).
    read_only = True
    list_display = ("id", "title", "status", "session_type", "start", "capacity", "seats_taken", "created_by_id")
    list_filter = ("status", "session_type")
    search_fields = ("title",)
    inlines = (HostInline,)


@admin.register(EventHost)
class EventHostAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("host",)
    list_display = ("id", "event_id", "host")
    list_select_related = ("host",)


@admin.register(Seat)
class SeatAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("person",)
    list_display = ("id", "event_id", "person", "status", "offer_expires_at", "no_show", "created_at")
    list_filter = ("status", "no_show")
    list_select_related = ("person",)
