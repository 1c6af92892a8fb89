from __future__ import annotations

from django.conf import settings
from django.db import models


class Device(models.Model):
    """A phone or browser that can receive push. A token belongs to one person at a time."""

    class Platform(models.TextChoices):
        IOS = "ios"
        ANDROID = "android"
        WEB = "web"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=512, unique=True)
    platform = models.CharField(max_length=8, choices=Platform.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.platform} device of {self.user_id}"


class Notification(models.Model):
    """The outbox: one row per thing to tell one person, unique by `key`."""

    class Status(models.TextChoices):
        PENDING = "pending"
        SENT = "sent"
        NO_DEVICE = "no_device"  # nothing to push to; it stays readable in the app
        FAILED = "failed"  # gave up after retries
        IN_APP = "in_app"  # the person wants it in the app only: nothing to deliver

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=200)
    body = models.CharField(max_length=1000)
    data = models.JSONField(default=dict, blank=True)
    # The channels the person's preferences allowed when it was queued.
    push = models.BooleanField(default=True)
    send_email = models.BooleanField(default=False)
    in_app = models.BooleanField(default=True)  # listed in the inbox (and counted as unread)
    # Quiet hours: no delivery attempt before this (the in-app copy is readable at once).
    not_before = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # When the redelivery sweep may try (again); also the lease of the attempt under way.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # Delivery targets dealt with ("device:<id>", "email") → "sent" or "refused": a retry skips them.
    outcomes = models.JSONField(default=dict, blank=True)
    last_error = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["status", "next_attempt_at"]),
            # The unread badge: one index-only count per request.
            models.Index(
                fields=["user"], condition=models.Q(in_app=True, read_at__isnull=True), name="notification_unread"
            ),
            # Retention (purge_finished): the oldest first, a range read however large the table.
            models.Index(fields=["created_at"], name="notification_created"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user_id} ({self.status})"


class Preference(models.Model):
    """One person's choice of channels for one kind (absent: the kind's defaults apply)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)
    push = models.BooleanField()
    email = models.BooleanField()
    in_app = models.BooleanField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_once")]

    def __str__(self) -> str:
        return f"{self.kind} preference of {self.user_id}"


class QuietHours(models.Model):
    """A person's daily quiet window, wall-clock time in their profile's timezone."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    start = models.TimeField()
    end = models.TimeField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "quiet hours"

    def __str__(self) -> str:
        return f"quiet hours of {self.user_id}"
