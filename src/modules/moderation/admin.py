"""Moderation in the admin, read-only: suspensions are made and lifted through the API (which
records who and why), and the audit log is never edited."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin, is_admin
from modules.moderation.models import AuditEntry, Suspension


@admin.register(Suspension)
class SuspensionAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("id", "user", "starts_at", "ends_at", "created_by_id", "lifted_at", "lifted_by_id")
    list_select_related = ("user",)


@admin.register(AuditEntry)
class AuditEntryAdmin(StaffAdmin):
    read_only = True
    list_display = ("at", "actor_id", "action", "target_type", "target_id")
    list_filter = ("action", "target_type")
    date_hierarchy = "at"

    def has_view_permission(self, request, obj=None) -> bool:
        return is_admin(request)

    def has_module_permission(self, request) -> bool:
        return is_admin(request)
