"""Everything chat holds about a person, for their data export: the messages they sent (the other
side's words are the other side's), the conversations they are in, their reports and settings."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from kit.export import label, rows
from modules.chat.models import ChatPreferences, Conversation, Membership, Message, MessageReport


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    memberships = Membership.objects.filter(user_id=user_id)
    return {
        label(Conversation): rows(Conversation.objects.filter(pk__in=memberships.values("conversation_id"))),
        label(Membership): rows(memberships),
        label(Message): rows(Message.objects.filter(sender_id=user_id)),
        label(MessageReport): rows(MessageReport.objects.filter(Q(reporter_id=user_id) | Q(resolved_by_id=user_id))),
        label(ChatPreferences): rows(ChatPreferences.objects.filter(user_id=user_id)),
    }


def erase(user_id: int) -> None:
    """Messages stay for the other side (shown as from the erased profile's "Deleted user");
    the person's settings and the notes they wrote on reports go."""
    ChatPreferences.objects.filter(user_id=user_id).delete()
    MessageReport.objects.filter(reporter_id=user_id).exclude(note="").update(note="")
