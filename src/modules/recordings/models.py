from __future__ import annotations

from django.conf import settings
from django.db import models

from modules.recordings.domain.recordings import OPEN_STATES, State


class Recording(models.Model):
    """One consent round of one session: who asked, who consented when, and the file it produced."""

    session_id = models.BigIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    friend = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(max_length=10, choices=[(s.value, s.name.title()) for s in State])
    requested_by_id = models.BigIntegerField()
    user_consented_at = models.DateTimeField(null=True, blank=True)
    friend_consented_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    # Who stopped it (a participant), or null when the platform did (session over, erasure).
    stopped_by_id = models.BigIntegerField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    provider_resource_id = models.CharField(max_length=255, blank=True)
    provider_sid = models.CharField(max_length=255, blank=True)
    key_prefix = models.CharField(max_length=200, blank=True)
    object_key = models.CharField(max_length=500, blank=True)
    size = models.BigIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField()
    # Retention: the row and its files are deleted at this time (set when it is final).
    delete_after = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # Concurrent requests cannot open two rounds (or start two recorders) for one session.
            models.UniqueConstraint(
                fields=["session_id"],
                condition=models.Q(state__in=sorted(s.value for s in OPEN_STATES)),  # sorted: a stable migration
                name="recordings_one_open_per_session",
            )
        ]
        indexes = [
            models.Index(fields=["session_id", "-id"]),
            models.Index(fields=["user", "-id"]),
            models.Index(fields=["friend", "-id"]),
            models.Index(fields=["state"]),
            models.Index(fields=["delete_after"]),
        ]

    def __str__(self) -> str:
        return f"recording {self.pk} of session {self.session_id} ({self.state})"
