"""Recordings in the admin, read-only: consent and playback happen through the API (which checks and audits)."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.recordings.models import Recording


@admin.register(Recording)
class RecordingAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user", "friend")
    list_display = ("id", "session_id", "user", "friend", "state", "started_at", "ready_at", "delete_after")
    list_filter = ("state",)
    list_select_related = ("user", "friend")
    # Storage keys and provider ids are not shown: playback goes through the audited staff endpoint.
    exclude = ("key_prefix", "object_key", "provider_resource_id", "provider_sid")
