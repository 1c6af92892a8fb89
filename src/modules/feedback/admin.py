"""Feedback in the admin: ratings are people's words about each other (comments for admins only);
hiding a comment goes through the API, which records who and why."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.feedback.models import FriendRatingSummary, Rating


@admin.register(Rating)
class RatingAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("rater", "ratee", "comment", "hidden_by")
    list_display = ("id", "session_id", "rater", "ratee", "rater_side", "stars", "counted", "hidden_at", "created_at")
    list_filter = ("rater_side", "stars", "counted")
    list_select_related = ("rater", "ratee")


@admin.register(FriendRatingSummary)
class FriendRatingSummaryAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("friend",)
    list_display = ("friend", "count", "stars_sum", "updated_at")
    list_select_related = ("friend",)
