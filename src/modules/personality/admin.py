"""Questionnaire versions are shown read-only (publishing goes through the API, validated, one
current version). Answers are listed by who and when only: their content is visible to their
owner and the matching service alone, never in the admin site."""

from __future__ import annotations

from django.contrib import admin

from kit.admin import StaffAdmin
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(StaffAdmin):
    read_only = True
    list_display = ("number", "is_current", "published_at")


@admin.register(QuestionnaireAnswers)
class QuestionnaireAnswersAdmin(StaffAdmin):
    read_only = True
    personal_fields = ("user",)
    list_display = ("user", "version", "updated_at")
    list_select_related = ("user", "version")
    search_fields = ("user__email",)
    # Never the answers themselves, not even for admins.
    exclude = ("answers",)

    def get_readonly_fields(self, request, obj=None):
        return [f for f in super().get_readonly_fields(request, obj) if f != "answers"]
