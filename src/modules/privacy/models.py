from __future__ import annotations

from django.conf import settings
from django.db import models


class ErasureRequest(models.Model):
    """A person's request to be erased, carried out when its grace period ends unless cancelled.

    The user row is kept (pseudonymised) after erasure, so the request keeps pointing at it: the
    record that an erasure was asked for and done is itself kept (accountability, GDPR art. 5(2))."""

    class Status(models.TextChoices):
        PENDING = "pending"
        CANCELLED = "cancelled"
        DONE = "done"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )  # the person, or the staff member acting on a verified request
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField()
    due_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status="pending"), name="privacy_one_pending_erasure"
            )
        ]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self) -> str:
        return f"erasure of {self.user_id} ({self.status})"


class ExportArchive(models.Model):
    """A person's data export as a zip (JSON and their media), built by a task and handed out by
    short-lived links until `expires_at`; then the retention job deletes the file."""

    class Status(models.TextChoices):
        PENDING = "pending"
        READY = "ready"
        FAILED = "failed"
        EXPIRED = "expired"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    key = models.CharField(max_length=200, blank=True)  # where the zip lies in the media store
    size = models.PositiveBigIntegerField(default=0)
    requested_at = models.DateTimeField()
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-requested_at"]), models.Index(fields=["status", "expires_at"])]

    def __str__(self) -> str:
        return f"export {self.pk} of {self.user_id} ({self.status})"
