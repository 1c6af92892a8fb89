from __future__ import annotations

from django.conf import settings
from django.db import models

from modules.booking.domain.sessions import SessionStatus, SessionType


class FriendAvailability(models.Model):
    """A friend's weekly hours (local wall-clock, in `timezone`) and booking policy."""

    friend = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="availability", primary_key=True
    )
    timezone = models.CharField(max_length=64, default="UTC")
    # [{"weekday": 0..6, "start_minute": 0..1439, "end_minute": 1..1440}, ...]
    weekly = models.JSONField(default=list, blank=True)
    min_notice_minutes = models.PositiveIntegerField(default=120)
    buffer_minutes = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"availability of {self.friend_id}"


class AvailabilityException(models.Model):
    class Kind(models.TextChoices):
        OFF = "off"
        EXTRA = "extra"

    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    on = models.DateField()
    kind = models.CharField(max_length=8, choices=Kind.choices)
    start_minute = models.PositiveSmallIntegerField(default=0)
    end_minute = models.PositiveSmallIntegerField(default=1440)

    class Meta:
        indexes = [models.Index(fields=["friend", "on"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.on} for {self.friend_id}"


class Session(models.Model):
    """A booked session. On PostgreSQL, exclusion constraints (migration 0002) make
    overlapping holding sessions of one friend, or of one user, impossible."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    session_type = models.CharField(max_length=8, choices=[(t.value, t.name.title()) for t in SessionType])
    start = models.DateTimeField()
    end = models.DateTimeField()
    status = models.CharField(
        max_length=16, choices=[(s.value, s.name.title()) for s in SessionStatus], default=SessionStatus.BOOKED
    )
    price_minor = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="usd")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["friend", "start"]),
            models.Index(fields=["user", "start"]),
            models.Index(fields=["status", "start"]),
            # Analytics reads sessions by the period they start in.
            models.Index(fields=["start"], name="booking_session_start"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="session_end_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.session_type} session {self.pk} ({self.status})"


class SessionTransition(models.Model):
    """Every status change, with who made it and why (the audit trail)."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    reason = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.from_status or '∅'} → {self.to_status}"
