"""Erasure requests in the admin, read-only: made through the API, carried out by the beat task."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.privacy.models import ErasureRequest, ExportArchive


@admin.register(ErasureRequest)
class ErasureRequestAdmin(StaffAdmin):
    read_only = True
    list_display = ("id", "user_id", "status", "requested_at", "due_at", "finished_at")
    list_filter = ("status",)


@admin.register(ExportArchive)
class ExportArchiveAdmin(StaffAdmin):
    read_only = True  # built by the task, expired by the retention job
    personal_fields = ("key",)
    list_display = ("id", "user_id", "status", "size", "requested_at", "ready_at", "expires_at")
    list_filter = ("status",)
