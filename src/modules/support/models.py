from __future__ import annotations

from django.conf import settings
from django.db import models

from modules.support.domain.tickets import Category, LinkType, Status


class Ticket(models.Model):
    requester = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    category = models.CharField(max_length=10, choices=[(c.value, c.name.title()) for c in Category])
    subject = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=[(s.value, s.name.title()) for s in Status], default=Status.OPEN)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What it is about, if anything: a session, a payment, an event, a message, a chat report, a person.
    link_type = models.CharField(max_length=12, blank=True, choices=[(t.value, t.name.title()) for t in LinkType])
    link_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            # A chat report becomes exactly one ticket, however often it is announced.
            models.UniqueConstraint(
                fields=["link_type", "link_id"],
                condition=models.Q(link_type="chat_report"),
                name="support_one_ticket_per_chat_report",
            )
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["requester", "-updated_at"]),
            models.Index(fields=["assignee", "status"]),
            models.Index(fields=["category", "status"]),
        ]

    def __str__(self) -> str:
        return f"ticket {self.pk} ({self.status})"


class TicketMessage(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(max_length=10_000)
    internal = models.BooleanField(default=False)  # staff notes: never shown to the requester
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["ticket", "created_at"])]

    def __str__(self) -> str:
        return f"message {self.pk} on ticket {self.ticket_id}"
