from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class QuestionnaireVersion(models.Model):
    """One published question set. Versions are immutable once published; exactly one is current."""

    number = models.PositiveIntegerField(unique=True)
    # [{"key", "text", "kind", "options": [{"key", "text"}], "required"}], validated by the domain.
    questions = models.JSONField()
    is_current = models.BooleanField(default=False)
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # The database itself refuses a second current version, even under concurrent publishes.
            models.UniqueConstraint(
                fields=["is_current"], condition=Q(is_current=True), name="one_current_questionnaire"
            )
        ]

    def __str__(self) -> str:
        return f"questionnaire v{self.number}"


class QuestionnaireAnswers(models.Model):
    """A person's answers to one version, replaced as a whole on every PUT."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questionnaire_answers")
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.PROTECT, related_name="answers")
    # [{"question", "value", "importance", "mandatory"}], validated against `version` before storing.
    answers = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="one_answer_set_per_version")]

    def __str__(self) -> str:
        return f"answers of {self.user_id} to v{self.version_id}"
