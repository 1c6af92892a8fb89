from __future__ import annotations

from django.conf import settings
from django.db import models


class MatchDecision(models.Model):
    """What a user decided about a suggested friend. Any decision takes the friend out of the
    user's suggestions for good: accepted friends are listed as "my friends" instead."""

    class Kind(models.TextChoices):
        ACCEPTED = "accepted"
        DECLINED = "declined"
        PASSED = "passed"  # shown on the list the user asked to re-match away from

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    decision = models.CharField(max_length=8, choices=Kind.choices)
    rematch = models.ForeignKey("RematchRequest", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "friend"], name="one_decision_per_pair")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.decision} {self.friend_id}"


class Block(models.Model):
    """`blocker` never sees `blocked` again, nor the other way round."""

    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block_per_pair"),
            models.CheckConstraint(condition=~models.Q(blocker=models.F("blocked")), name="no_self_block"),
        ]
        indexes = [models.Index(fields=["blocked"])]

    def __str__(self) -> str:
        return f"{self.blocker_id} blocks {self.blocked_id}"


class RematchRequest(models.Model):
    """A user asked for different suggestions, and why (product feedback for the matching rules)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=500)
    passed_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"rematch {self.pk} of {self.user_id}"


class TopMatch(models.Model):
    """Each user's best suggestion as last computed in the background: a change pushes
    "New friend match!" once."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+")
    friend_id = models.BigIntegerField(null=True)
    score = models.IntegerField(default=-1)
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"top match of {self.user_id}: {self.friend_id}"


class FriendRating(models.Model):
    """A friend's rating aggregate, kept up to date from `FriendRated` events (feedback owns ratings)."""

    friend = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    average = models.FloatField()
    count = models.PositiveIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"rating of {self.friend_id}: {self.average:.2f} ({self.count})"


class Favourite(models.Model):
    """A user keeps a friend among their favourites (a bookmark: it changes no ranking)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "friend"], name="one_favourite_per_pair")]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} keeps {self.friend_id}"
