from __future__ import annotations

from django.conf import settings
from django.db import models


class Suspension(models.Model):
    """A person kept off the platform by staff, with why and until when; lifting is recorded too."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(max_length=1000)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField(null=True, blank=True)  # None: until lifted
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )  # None with lifted_at: it ended by itself at ends_at
    lift_reason = models.CharField(max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(lifted_at__isnull=True), name="moderation_one_active_suspension"
            )
        ]
        indexes = [models.Index(fields=["lifted_at", "ends_at"])]

    def __str__(self) -> str:
        return f"suspension {self.pk} of {self.user_id}"


class AuditEntry(models.Model):
    """One staff action: who did what to which object, when and why. Never updated or deleted."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=60)
    target_type = models.CharField(max_length=40)
    target_id = models.BigIntegerField()
    reason = models.CharField(max_length=1000, blank=True)
    at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["-at"]),
            models.Index(fields=["actor", "-at"]),
            models.Index(fields=["target_type", "target_id", "-at"]),
        ]

    def __str__(self) -> str:
        return f"{self.action} on {self.target_type} {self.target_id} by {self.actor_id}"
