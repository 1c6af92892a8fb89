from __future__ import annotations

from django.conf import settings
from django.db import models


class Rating(models.Model):
    """One participant's rating of one session: 1-5 stars and an optional comment.

    A user's rating of the friend counts towards the friend's public average (`counted`); a
    friend's rating of the user is for staff only. Staff can hide a comment (who, when, why are
    kept); the stars still count."""

    session_id = models.BigIntegerField()
    rater = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    ratee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rater_side = models.CharField(max_length=8, choices=[("user", "User"), ("friend", "Friend")])
    stars = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True, max_length=2000)
    show_identity = models.BooleanField(default=False)
    counted = models.BooleanField()
    created_at = models.DateTimeField()
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session_id", "rater"], name="feedback_rating_once_per_session"),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="feedback_stars_1_to_5"),
        ]
        indexes = [
            models.Index(fields=["ratee", "rater_side", "-created_at"]),
            models.Index(fields=["rater", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"rating {self.pk} of session {self.session_id}"


class FriendRatingSummary(models.Model):
    """A friend's counted ratings, kept in the same transaction as each rating."""

    friend = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    count = models.PositiveIntegerField(default=0)
    stars_sum = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"ratings of {self.friend_id}: {self.count}"


class Survey(models.Model):
    """A short survey staff define, asked at one moment (see domain.surveys.Moment).

    Its questions live in versions; `is_active` False stops new dues and hides pending ones."""

    title = models.CharField(max_length=120)
    moment = models.CharField(max_length=32)
    audience = models.CharField(max_length=16, default="users")
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["moment", "is_active"])]

    def __str__(self) -> str:
        return f"survey {self.pk}: {self.title}"


class SurveyVersion(models.Model):
    """One question set of a survey: a draft, the published one people answer, or frozen."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    # [{"key", "text", "kind", "options": [{"key", "text"}], "required"}], validated by the domain.
    questions = models.JSONField()
    status = models.CharField(max_length=12)
    created_at = models.DateTimeField()
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey", "number"], name="feedback_survey_version_number"),
            # The database itself keeps one published and one draft version per survey, even under
            # concurrent publishes.
            models.UniqueConstraint(
                fields=["survey"], condition=models.Q(status="published"), name="feedback_survey_one_published"
            ),
            models.UniqueConstraint(
                fields=["survey"], condition=models.Q(status="draft"), name="feedback_survey_one_draft"
            ),
        ]

    def __str__(self) -> str:
        return f"survey {self.survey_id} v{self.number} ({self.status})"


class SurveyDue(models.Model):
    """A survey asked of one person: pending until they answer or dismiss it. Once per survey."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="dues")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=80)  # what made it due, e.g. "session:42", "rematch:7", "manual"
    due_at = models.DateTimeField()
    status = models.CharField(max_length=12, default="pending")
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["survey", "user"], name="feedback_survey_due_once")]
        indexes = [models.Index(fields=["user", "status", "-due_at"])]

    def __str__(self) -> str:
        return f"survey {self.survey_id} due for {self.user_id} ({self.status})"


class SurveyResponse(models.Model):
    """One person's answers to the version they answered. `user` is cleared on erasure (the
    choices still count; the free text goes)."""

    due = models.OneToOneField(SurveyDue, on_delete=models.SET_NULL, null=True, blank=True, related_name="response")
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    version = models.ForeignKey(SurveyVersion, on_delete=models.PROTECT, related_name="responses")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["version", "answered_at"])]

    def __str__(self) -> str:
        return f"response {self.pk} to survey {self.survey_id}"


class SurveyAnswer(models.Model):
    """One answered question, in columns the database can count: one row per chosen option, one
    for a scale value, one for a text. Results GROUP BY (version, question_key, choice_key|scale)."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    version = models.ForeignKey(SurveyVersion, on_delete=models.PROTECT, related_name="+")
    question_key = models.CharField(max_length=40)
    choice_key = models.CharField(max_length=40, blank=True)
    scale = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True, max_length=2000)

    class Meta:
        indexes = [models.Index(fields=["version", "question_key"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scale__isnull=True) | models.Q(scale__gte=1, scale__lte=5),
                name="feedback_survey_scale_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"answer to {self.question_key} in response {self.response_id}"
