"""Feedback in the admin: ratings are people's words about each other (comments for admins only);
hiding a comment goes through the API, which records who and why."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.feedback.models import (
    FriendRatingSummary,
    Rating,
    Survey,
    SurveyAnswer,
    SurveyDue,
    SurveyResponse,
    SurveyVersion,
)


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


# Surveys: staff define them through the API (versioning and its freeze rule live there), so the
# admin shows them read-only; people's answers are admins' to read.
@admin.register(Survey)
class SurveyAdmin(StaffAdmin):
    read_only = True
    list_display = ("id", "title", "moment", "audience", "is_active", "created_at")
    list_filter = ("moment", "audience", "is_active")
    search_fields = ("title",)


@admin.register(SurveyVersion)
class SurveyVersionAdmin(StaffAdmin):
    read_only = True
    list_display = ("id", "survey", "number", "status", "published_at")
    list_filter = ("status",)
    list_select_related = ("survey",)


@admin.register(SurveyDue)
class SurveyDueAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("id", "survey", "user", "reason", "status", "due_at", "closed_at")
    list_filter = ("status",)
    list_select_related = ("survey", "user")


@admin.register(SurveyResponse)
class SurveyResponseAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("id", "survey", "version", "user", "answered_at")
    list_select_related = ("survey", "version", "user")


@admin.register(SurveyAnswer)
class SurveyAnswerAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("text",)
    list_display = ("id", "response", "question_key", "choice_key", "scale", "text")
    list_select_related = ("response",)
