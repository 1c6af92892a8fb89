"""Read-only figures over chat's tables, for analytics (through chat.public): counts only,
never a message's text or who wrote it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count

from kit.stats import Period, bucket_date, truncated
from modules.chat.models import Message


@dataclass(frozen=True)
class ChatActivity:
    bucket: date
    messages: int
    active_conversations: int  # conversations with at least one message in the period
    senders: int  # distinct people who wrote


def chat_activity(*, start: datetime, end: datetime, period: Period) -> list[ChatActivity]:
    rows = (
        Message.objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(bucket=truncated("created_at", period))
        .values("bucket")
        .annotate(
            messages=Count("id"),
            conversations=Count("conversation_id", distinct=True),
            senders=Count("sender_id", distinct=True),
        )
        .order_by("bucket")
    )
    return [ChatActivity(bucket_date(r["bucket"]), r["messages"], r["conversations"], r["senders"]) for r in rows]
