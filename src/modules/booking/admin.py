"""Booking in the admin: availability is the friend's to edit (admins may correct it); sessions
and their transitions are history written by the lifecycle rules, so they are read-only here
(changes go through the API, which records who and why)."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import ReadOnlyInline, StaffAdmin
from modules.booking.models import AvailabilityException, FriendAvailability, Session, SessionTransition


@admin.register(FriendAvailability)
class FriendAvailabilityAdmin(StaffAdmin):
    personal_fields = ("friend",)
    list_display = ("friend", "timezone", "min_notice_minutes", "buffer_minutes", "updated_at")
    list_select_related = ("friend",)
    raw_id_fields = ("friend",)
    search_fields = ("friend__email",)


@admin.register(AvailabilityException)
class AvailabilityExceptionAdmin(StaffAdmin):
    personal_fields = ("friend",)
    list_display = ("friend", "on", "kind", "start_minute", "end_minute")
    list_filter = ("kind",)
    list_select_related = ("friend",)
    raw_id_fields = ("friend",)
    date_hierarchy = "on"


class TransitionInline(ReadOnlyInline):
    model = SessionTransition
    fields = ("at", "from_status", "to_status", "actor_id", "reason")
    readonly_fields = fields


@admin.register(Session)
class SessionAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "friend")
    list_display = ("id", "user", "friend", "session_type", "start", "end", "status", "price_minor", "currency")
    list_filter = ("status", "session_type")
    list_select_related = ("user", "friend")
    search_fields = ("user__email", "friend__email")
    date_hierarchy = "start"
    inlines = (TransitionInline,)


@admin.register(SessionTransition)
class SessionTransitionAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("actor", "reason")
    list_display = ("session_id", "from_status", "to_status", "actor", "at")
    list_filter = ("to_status",)
    list_select_related = ("actor",)
    date_hierarchy = "at"
