"""Notifications in the admin, read-only: the outbox is written by `notify` and its delivery
task, preferences and quiet hours by their owner; device tokens and message texts are for
admins only."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.notifications.models import Device, Notification, Preference, QuietHours


@admin.register(Device)
class DeviceAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "token")
    list_display = ("id", "user", "platform", "created_at", "last_seen_at")
    list_filter = ("platform",)
    list_select_related = ("user",)


@admin.register(Notification)
class NotificationAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "title", "body", "data")
    list_display = (
        "id",
        "user",
        "kind",
        "status",
        "push",
        "send_email",
        "in_app",
        "attempts",
        "not_before",
        "next_attempt_at",
        "created_at",
        "sent_at",
        "read_at",
    )
    list_filter = ("status", "kind", "in_app")
    list_select_related = ("user",)
    date_hierarchy = "created_at"


@admin.register(Preference)
class PreferenceAdmin(StaffAdmin):
    # People choose for themselves (PATCH /api/notifications/preferences); staff only look, e.g.
    # to answer "why did I not get an email?".
    read_only = True
    personal_fields = ("user",)
    list_display = ("id", "user", "kind", "push", "email", "in_app", "updated_at")
    list_filter = ("kind", "push", "email", "in_app")
    list_select_related = ("user",)


@admin.register(QuietHours)
class QuietHoursAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("id", "user", "start", "end", "updated_at")
    list_select_related = ("user",)
