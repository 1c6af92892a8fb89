"""Group events, their hosts and their seats.

The capacity guarantee lives in PostgreSQL, not only in Python: `seats_taken` (confirmed seats
plus seats on offer) can never exceed `capacity` (CHECK constraint), and a person holds at most
one active seat per event (partial unique constraint). Services move the counter only while
holding the event row's lock (SELECT ... FOR UPDATE), which also orders parallel joins.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from modules.group_events.domain.events import ACTIVE, EventStatus, SeatStatus, SessionType


class Event(models.Model):
    title = models.CharField(max_length=200)
    description = models.TextField(max_length=5000, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=10, choices=[(s.value, s.name.title()) for s in EventStatus], default=EventStatus.DRAFT
    )
    session_type = models.CharField(max_length=5, choices=[(t.value, t.name.title()) for t in SessionType])
    start = models.DateTimeField()
    end = models.DateTimeField()
    timezone = models.CharField(max_length=64)
    capacity = models.PositiveIntegerField()
    seats_taken = models.PositiveIntegerField(default=0)
    price_minor = models.PositiveIntegerField(default=0)
    currency = models.CharField(max_length=3, default="usd")
    included_in_plan = models.BooleanField(default=False)
    cover_key = models.CharField(max_length=200, blank=True)
    conversation_id = models.BigIntegerField(null=True, blank=True)  # chat's group conversation
    cancel_reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(seats_taken__lte=models.F("capacity")), name="group_events_capacity_never_exceeded"
            ),
            models.CheckConstraint(condition=models.Q(capacity__gte=1), name="group_events_capacity_positive"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="group_events_end_after_start"),
            models.CheckConstraint(
                condition=~(models.Q(price_minor__gt=0) & models.Q(included_in_plan=True)),
                name="group_events_paid_or_included",
            ),
        ]
        indexes = [models.Index(fields=["status", "start"])]

    def __str__(self) -> str:
        return f"event {self.pk} ({self.status})"


class EventHost(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="hosts")
    host = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "host"], name="group_events_host_once")]
        indexes = [models.Index(fields=["host", "event"])]

    def __str__(self) -> str:
        return f"host {self.host_id} of event {self.event_id}"


class Seat(models.Model):
    id = models.BigAutoField(primary_key=True)  # waitlist order: ids are taken under the event's lock
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="seats")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=16, choices=[(s.value, s.name.title()) for s in SeatStatus])
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    no_show = models.BooleanField(default=False)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person"],
                condition=models.Q(status__in=sorted(s.value for s in ACTIVE)),
                name="group_events_one_seat_per_person",
            ),
            models.CheckConstraint(
                condition=(models.Q(status=SeatStatus.OFFERED) & models.Q(offer_expires_at__isnull=False))
                | (~models.Q(status=SeatStatus.OFFERED) & models.Q(offer_expires_at__isnull=True)),
                name="group_events_offer_has_expiry",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "id"]),
            models.Index(fields=["person", "status"]),
            models.Index(fields=["status", "offer_expires_at"]),
        ]

    def __str__(self) -> str:
        return f"seat {self.pk} at event {self.event_id} ({self.status})"
