"""/api/chat over HTTP: conversations, history, sending, read markers, reports, tickets."""

from __future__ import annotations

import json

import pytest

from core.identity import Role
from modules.chat.models import ChatPreferences, Membership, Message, MessageReport
from modules.chat.public import conversation_ensure_direct, conversation_ensure_group
from modules.moderation.models import AuditEntry
from tests.modules.accounts.factories import UserFactory, bearer
from tests.modules.chat.factories import pair

pytestmark = pytest.mark.django_db


def _post(client, url, body, user):
    return client.post(url, data=json.dumps(body), content_type="application/json", headers=bearer(user))


def _send(client, user, conversation, client_id, body="hi"):
    return _post(
        client, f"/api/chat/conversations/{conversation}/messages", {"client_id": client_id, "body": body}, user
    )


def test_send_list_and_unread_counts(client):
    user, friend, conversation = pair()
    assert _send(client, user, conversation, "u1", "one").status_code == 201
    second = _send(client, user, conversation, "u2", "two").json()
    listing = client.get("/api/chat/conversations", headers=bearer(friend)).json()
    assert listing["total"] == 1
    [item] = listing["items"]
    assert item["id"] == conversation
    assert item["unread_count"] == 2
    assert item["last_message"]["id"] == second["id"]
    assert {m["user_id"] for m in item["members"]} == {user.pk, friend.pk}
    # The sender has nothing unread in their own conversation.
    assert client.get("/api/chat/conversations", headers=bearer(user)).json()["items"][0]["unread_count"] == 0
    read = _post(client, f"/api/chat/conversations/{conversation}/read", {"message_id": second["id"]}, friend)
    assert read.status_code == 204
    assert client.get("/api/chat/conversations", headers=bearer(friend)).json()["items"][0]["unread_count"] == 0
    # The read marker never moves back.
    first_id = Message.objects.get(client_id="u1").id
    _post(client, f"/api/chat/conversations/{conversation}/read", {"message_id": first_id}, friend)
    assert Membership.objects.get(conversation_id=conversation, user=friend).last_read_id == second["id"]


def test_resend_with_same_client_id_is_stored_once(client):
    user, _, conversation = pair()
    first = _send(client, user, conversation, "dup")
    again = _send(client, user, conversation, "dup")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert Message.objects.count() == 1


def test_a_client_id_used_in_another_conversation_is_a_new_message_there(client):
    # Idempotency is per conversation: reusing a client id elsewhere must not be answered
    # with the first conversation's message while nothing is stored where it was sent.
    user, _, first_conversation = pair()
    second_conversation = conversation_ensure_group(key="club", member_ids=[user.pk, UserFactory().pk])
    first = _send(client, user, first_conversation, "reused", "to the friend")
    second = _send(client, user, second_conversation, "reused", "to the club")
    assert (first.status_code, second.status_code) == (201, 201), second.content
    assert second.json()["conversation_id"] == second_conversation
    assert second.json()["body"] == "to the club"
    assert second.json()["id"] != first.json()["id"]
    stored = {m.conversation_id: m.body for m in Message.objects.filter(client_id="reused")}
    assert stored == {first_conversation: "to the friend", second_conversation: "to the club"}
    # A resend into either conversation is still answered with that conversation's original.
    again = _send(client, user, second_conversation, "reused", "to the club")
    assert (again.status_code, again.json()["id"]) == (200, second.json()["id"])
    assert Message.objects.count() == 2


def test_history_pages_are_stable_and_cursor_based(client):
    user, friend, conversation = pair()
    ids = [_send(client, user, conversation, f"h{i}", f"m{i}").json()["id"] for i in range(7)]
    url = f"/api/chat/conversations/{conversation}/messages"
    latest = client.get(url, {"limit": 3}, headers=bearer(friend)).json()
    assert [m["id"] for m in latest["items"]] == ids[4:]
    assert latest["has_more"] is True
    # A message arriving meanwhile does not shift the older pages.
    _send(client, friend, conversation, "h-new")
    older = client.get(url, {"limit": 3, "before": latest["next_before"]}, headers=bearer(friend)).json()
    assert [m["id"] for m in older["items"]] == ids[1:4]
    newer = client.get(url, {"after": ids[-1]}, headers=bearer(friend)).json()
    assert [m["client_id"] for m in newer["items"]] == ["h-new"]
    assert client.get(url, {"limit": 1000}, headers=bearer(friend)).status_code == 422
    assert client.get(url, {"before": 1, "after": 1}, headers=bearer(friend)).status_code == 422


def test_outsiders_and_staff_cannot_read_or_write_a_conversation(client):
    user, _, conversation = pair()
    _send(client, user, conversation, "secret")
    manager = UserFactory(role=Role.MANAGER)
    for outsider in (UserFactory(), manager):
        url = f"/api/chat/conversations/{conversation}/messages"
        assert client.get(url, headers=bearer(outsider)).status_code == 404
        response = _send(client, outsider, conversation, "intrude")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert client.get("/api/chat/conversations", headers=bearer(outsider)).json()["total"] == 0
    assert not Message.objects.filter(client_id="intrude").exists()
    assert client.get("/api/chat/conversations").status_code == 401
    # An id no database row can have is invalid input, as on every path (kit.api.Id): 422 naming it.
    beyond = client.get(f"/api/chat/conversations/{2**70}/messages", headers=bearer(user))
    assert beyond.status_code == 422
    assert beyond.json()["errors"][0]["loc"] == ["path", "conversation_id"]


@pytest.mark.parametrize(
    "body",
    [
        {"client_id": "x", "body": "hi", "sender_id": 1},
        {"client_id": "x", "body": ""},
        {"client_id": "bad id", "body": "hi"},
        {"client_id": "x", "body": "a" * 4001},
        {"client_id": "x"},
        {"client_id": "x", "body": "nul\u0000"},
    ],
)
def test_bad_message_bodies_are_422_and_store_nothing(client, body):
    user, _, conversation = pair()
    response = _post(client, f"/api/chat/conversations/{conversation}/messages", body, user)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert Message.objects.count() == 0


def test_report_and_staff_review_through_the_report_only(client):
    user, friend, conversation = pair()
    for i in range(15):
        _send(client, friend if i % 2 else user, conversation, f"c{i}", f"text {i}")
    reported = Message.objects.get(client_id="c7")  # sent by the friend
    own = Message.objects.get(client_id="c8")
    url = f"/api/chat/messages/{reported.id}/report"
    response = _post(client, url, {"reason": "harassment", "note": "rude"}, user)
    assert response.status_code == 201
    report_id = response.json()["id"]
    assert _post(client, url, {"reason": "spam"}, user).json()["id"] == report_id  # once per reporter
    assert _post(client, f"/api/chat/messages/{own.id}/report", {"reason": "spam"}, user).status_code == 422
    assert _post(client, url, {"reason": "spam"}, UserFactory()).status_code == 404
    assert _post(client, url, {"reason": "nonsense"}, user).status_code == 422
    assert MessageReport.objects.count() == 1

    assert client.get("/api/chat/reports", headers=bearer(user)).status_code == 403
    assert client.get(f"/api/chat/reports/{report_id}", headers=bearer(friend)).status_code == 403
    manager = UserFactory(role=Role.MANAGER)
    assert [r["id"] for r in client.get("/api/chat/reports", headers=bearer(manager)).json()["items"]] == [report_id]
    case = client.get(f"/api/chat/reports/{report_id}", headers=bearer(manager)).json()
    assert case["reported"]["id"] == reported.id
    bodies = [m["body"] for m in case["context"]]
    assert bodies == [f"text {i}" for i in range(0, 15)][max(0, 7 - 10) : 7 + 11]
    resolved = client.post(f"/api/chat/reports/{report_id}/resolve", headers=bearer(manager)).json()
    assert resolved["status"] == "resolved"
    audited = AuditEntry.objects.get(action="chat_report.resolve")
    assert (audited.actor_id, audited.target_type, audited.target_id) == (manager.pk, "chat_report", report_id)
    assert client.get("/api/chat/reports", headers=bearer(manager)).json()["total"] == 0


def test_ticket_and_preferences(client):
    user = UserFactory()
    ticket = client.post("/api/chat/ticket", headers=bearer(user))
    assert ticket.status_code == 201
    assert len(ticket.json()["ticket"]) >= 32
    assert client.post("/api/chat/ticket").status_code == 401
    prefs = client.patch(
        "/api/chat/preferences", data=json.dumps({"share_presence": False}), content_type="application/json",
        headers=bearer(user),
    )  # fmt: skip
    assert prefs.json() == {"share_presence": False, "send_read_receipts": True}
    assert ChatPreferences.objects.get(user=user).share_presence is False
    bad = client.patch(
        "/api/chat/preferences", data=json.dumps({"is_staff": True}), content_type="application/json",
        headers=bearer(user),
    )  # fmt: skip
    assert bad.status_code == 422


def test_ensure_calls_are_idempotent_and_group_conversations_work(client):
    user, friend, conversation = pair()
    assert conversation_ensure_direct(user_id=friend.pk, friend_id=user.pk) == conversation
    others = [UserFactory() for _ in range(3)]
    group = conversation_ensure_group(key="event:1", member_ids=[o.pk for o in others], title="Book club")
    assert conversation_ensure_group(key="event:1", member_ids=[others[0].pk, user.pk]) == group
    assert Membership.objects.filter(conversation_id=group).count() == 4
    message = _send(client, others[1], group, "g1", "hello all")
    assert message.status_code == 201
    listing = client.get("/api/chat/conversations", headers=bearer(user)).json()
    assert {c["kind"] for c in listing["items"]} == {"direct", "group"}
