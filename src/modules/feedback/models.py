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
