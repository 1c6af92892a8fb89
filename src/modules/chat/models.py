from __future__ import annotations

from django.conf import settings
from django.db import models

from modules.chat.domain.messages import ConversationKind, ReportReason


class Conversation(models.Model):
    """A direct (user + friend) or group (event) conversation.

    `last_seq` is bumped under this row's lock for every message, so within one conversation
    message ids and seqs follow commit order: that makes "everything after id X" a safe
    resume cursor and lets a socket spot a message the channel layer dropped (a seq gap).
    """

    kind = models.CharField(max_length=8, choices=[(k.value, k.name.title()) for k in ConversationKind])
    # "direct:<low user id>:<high user id>" or "group:<caller's key>": makes ensure-calls idempotent.
    key = models.CharField(max_length=120, unique=True)
    title = models.CharField(max_length=120, blank=True)
    last_seq = models.PositiveBigIntegerField(default=0)
    last_message_id = models.BigIntegerField(null=True, blank=True)
    last_message_at = models.DateTimeField(null=True, blank=True)
    # Set while either member of a direct conversation blocks the other (from matching's
    # events): history stays readable, nobody can send. Read with the membership rows the send
    # path loads anyway, so a block costs the hot path no query.
    closed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key


class Membership(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # Highest message id this member has read (0: none).
    last_read_id = models.BigIntegerField(default=0)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["conversation", "user"], name="chat_membership_unique")]
        indexes = [models.Index(fields=["user", "conversation"])]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.conversation_id}"


class Message(models.Model):
    id = models.BigAutoField(primary_key=True)
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveBigIntegerField()
    # PROTECT: erasing a person must pseudonymise their messages, not silently delete the other side's history.
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    client_id = models.CharField(max_length=64)
    body = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            # Analytics counts messages by the day they were written.
            models.Index(fields=["created_at"], name="chat_message_created_at"),
            # History pages read "this conversation, by id, before/after X": without it PostgreSQL
            # walks the primary key and filters, i.e. every newer message of every conversation.
            models.Index(fields=["conversation", "id"], name="chat_message_history"),
        ]
        constraints = [
            # A resent message (same conversation, sender and client id) is stored once. Per
            # conversation: the same client id in another conversation is another message.
            models.UniqueConstraint(
                fields=["conversation", "sender", "client_id"], name="chat_message_client_id_unique_per_conversation"
            ),
            models.UniqueConstraint(fields=["conversation", "seq"], name="chat_message_seq_unique"),
        ]

    def __str__(self) -> str:
        return f"message {self.pk} in {self.conversation_id}"


class MessageReport(models.Model):
    class Status(models.TextChoices):
        OPEN = "open"
        RESOLVED = "resolved"

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=16, choices=[(r.value, r.name.title()) for r in ReportReason])
    note = models.CharField(max_length=1000, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField()
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "reporter"], name="chat_report_once_per_reporter")]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"report {self.pk} on message {self.message_id}"


class ChatPreferences(models.Model):
    """Privacy switches; a missing row means the defaults (both on)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="chat_preferences"
    )
    share_presence = models.BooleanField(default=True)
    send_read_receipts = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"chat preferences of {self.user_id}"
