"""Notifications in the admin, read-only: the outbox is written by `notify` and its delivery
task; device tokens and message texts are for admins only."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.notifications.models import Device, Notification


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
    list_display = ("id", "user", "kind", "status", "attempts", "next_attempt_at", "created_at", "sent_at", "read_at")
    list_filter = ("status", "kind")
    list_select_related = ("user",)
    date_hierarchy = "created_at"
