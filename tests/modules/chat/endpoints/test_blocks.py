"""A block (matching's /api/blocks) closes the pair's direct conversation; lifting it reopens it."""

from __future__ import annotations

import json

import pytest

from core.errors import NotFound
from modules.chat.models import Conversation, Message
from modules.chat.public import conversation_ensure_direct, conversation_ensure_group
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.chat.factories import pair

pytestmark = pytest.mark.django_db


def _send(client, user, conversation, client_id, body="hi"):
    return client.post(
        f"/api/chat/conversations/{conversation}/messages",
        data=json.dumps({"client_id": client_id, "body": body}),
        content_type="application/json",
        headers=bearer(user),
    )


def _block(client, who, whom):
    assert client.post(f"/api/blocks/{whom.pk}", headers=bearer(who)).status_code == 204


def _unblock(client, who, whom):
    assert client.delete(f"/api/blocks/{whom.pk}", headers=bearer(who)).status_code == 204


def _history(client, who, conversation):
    response = client.get(f"/api/chat/conversations/{conversation}/messages", headers=bearer(who))
    assert response.status_code == 200
    return [m["body"] for m in response.json()["items"]]


@pytest.mark.parametrize("blocker", ["user", "friend"])
def test_a_block_either_way_stops_both_senders_and_keeps_the_history(client, blocker):
    user, friend, conversation = pair()
    assert _send(client, user, conversation, "before").status_code == 201
    who, whom = (user, friend) if blocker == "user" else (friend, user)
    _block(client, who, whom)
    for sender in (user, friend):
        refused = _send(client, sender, conversation, f"after-{sender.pk}")
        assert refused.status_code == 403
        assert refused.json()["code"] == "blocked"
    assert Message.objects.filter(conversation_id=conversation).count() == 1
    for reader in (user, friend):
        assert _history(client, reader, conversation) == ["hi"]
        [listed] = client.get("/api/chat/conversations", headers=bearer(reader)).json()["items"]
        assert listed["closed"] is True


def test_unblocking_reopens_only_when_no_block_is_left(client):
    user, friend, conversation = pair()
    _block(client, user, friend)
    _block(client, friend, user)
    _unblock(client, user, friend)
    # The friend still blocks the user: still closed.
    assert _send(client, user, conversation, "one").json()["code"] == "blocked"
    _unblock(client, friend, user)
    assert _send(client, user, conversation, "two").status_code == 201
    assert _send(client, friend, conversation, "three").status_code == 201
    assert _history(client, user, conversation) == ["hi", "hi"]


def test_a_resend_of_a_message_stored_before_the_block_is_still_acknowledged(client):
    user, friend, conversation = pair()
    first = _send(client, user, conversation, "c1")
    _block(client, friend, user)
    again = _send(client, user, conversation, "c1")
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]


def test_a_block_leaves_other_conversations_alone(client):
    user, friend, conversation = pair()
    other_friend = FriendFactory()
    other = conversation_ensure_direct(user_id=user.pk, friend_id=other_friend.pk)
    group = conversation_ensure_group(key="event:1", member_ids=[user.pk, friend.pk])
    _block(client, user, friend)
    assert _send(client, user, other, "o1").status_code == 201
    # Group conversations belong to events, not to the pair.
    assert _send(client, friend, group, "g1").status_code == 201
    assert Conversation.objects.get(pk=conversation).closed is True


def test_no_new_conversation_opens_between_blocked_people(client):
    user, friend = UserFactory(), FriendFactory()
    _block(client, friend, user)
    with pytest.raises(NotFound):
        conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    assert not Conversation.objects.exists()
    _unblock(client, friend, user)
    conversation = conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk)
    assert _send(client, user, conversation, "c1").status_code == 201


def test_an_existing_conversation_is_still_returned_to_read_its_history(client):
    user, friend, conversation = pair()
    _block(client, user, friend)
    assert conversation_ensure_direct(user_id=user.pk, friend_id=friend.pk) == conversation
