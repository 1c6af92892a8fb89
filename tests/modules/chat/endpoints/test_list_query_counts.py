"""Inbox, history and the staff report queue cost the same SQL with one row or a page full."""

from __future__ import annotations

import itertools

import pytest

from modules.chat.models import Conversation, Message, MessageReport
from modules.chat.public import conversation_ensure_direct
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db
_client_ids = itertools.count()


def _message(conversation_id: int, sender) -> Message:
    conversation = Conversation.objects.get(pk=conversation_id)
    conversation.last_seq += 1
    message = Message.objects.create(
        conversation=conversation,
        seq=conversation.last_seq,
        sender=sender,
        client_id=f"qc-{next(_client_ids)}",
        body="hello",
        created_at=NOW,
    )
    conversation.last_message_id, conversation.last_message_at = message.pk, NOW
    conversation.save()
    return message


def test_conversation_list_with_many_friends(client):
    user = UserFactory()
    headers = bearer(user)

    def add(n: int) -> None:
        for _ in range(n):
            friend = FriendFactory()
            _message(conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk), friend)

    assert_constant_queries(lambda: client.get("/api/chat/conversations", headers=headers), add)


def test_history_with_many_messages_from_both_sides(client):
    user, friend = UserFactory(), FriendFactory()
    conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    headers = bearer(user)
    senders = itertools.cycle([user, friend])

    def add(n: int) -> None:
        for _ in range(n):
            _message(conversation, next(senders))

    assert_constant_queries(
        lambda: client.get(f"/api/chat/conversations/{conversation}/messages", headers=headers), add
    )


def test_staff_report_queue_with_many_reporters(client):
    manager = UserFactory(role="manager")
    headers = bearer(manager)

    def add(n: int) -> None:
        for _ in range(n):
            user, friend = UserFactory(), FriendFactory()
            message = _message(conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk), friend)
            MessageReport.objects.create(message=message, reporter=user, reason="spam", created_at=NOW)

    assert_constant_queries(lambda: client.get("/api/chat/reports", headers=headers), add)
