"""Admin shows questionnaire versions only: answers are personal and stay out of the admin site."""

from __future__ import annotations

from django.contrib import admin

from modules.personality.models import QuestionnaireVersion


@admin.register(QuestionnaireVersion)
class QuestionnaireVersionAdmin(admin.ModelAdmin):
    list_display = ("number", "is_current", "published_at")
    # Publishing goes through the API (validated, one current version); here versions are read-only.
    readonly_fields = ("number", "questions", "is_current", "published_at")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
