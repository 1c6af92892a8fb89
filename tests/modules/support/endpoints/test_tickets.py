"""Support over HTTP: people open tickets and reports, staff work one queue (chat reports included)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from modules.moderation.models import AuditEntry
from modules.notifications.models import Notification
from modules.support.models import Ticket, TicketMessage
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, body=None):
    return client.post(path, data=json.dumps(body or {}), content_type="application/json", headers=bearer(who))


def _open(client, who, **overrides):
    body = {"category": "billing", "subject": "Charged twice", "body": "I see two charges.", **overrides}
    return _post(client, "/api/support/tickets", who, body)


def test_a_ticket_goes_back_and_forth_and_notes_stay_with_staff(client, clock):
    me, manager = UserFactory(), UserFactory(role="manager")
    ticket = _open(client, me).json()
    assert ticket["status"] == "open"
    tid = ticket["id"]
    note = _post(client, f"/api/admin/tickets/{tid}/replies", manager, {"body": "looks like a retry", "internal": True})
    assert note.status_code == 201
    assert note.json()["ticket"]["status"] == "open"  # a note changes nothing for the requester
    reply = _post(client, f"/api/admin/tickets/{tid}/replies", manager, {"body": "Refunded the second one."})
    assert reply.json()["ticket"]["status"] == "pending"
    assert Notification.objects.filter(user=me, kind="account").count() == 1
    mine = client.get(f"/api/support/tickets/{tid}", headers=bearer(me)).json()
    assert [m["body"] for m in mine["messages"]] == ["I see two charges.", "Refunded the second one."]
    assert (
        _post(client, f"/api/admin/tickets/{tid}/status", manager, {"status": "resolved"}).json()["status"]
        == "resolved"
    )
    assert Notification.objects.filter(user=me, kind="account").count() == 2
    # The requester writes again: back in the queue.
    again = _post(client, f"/api/support/tickets/{tid}/replies", me, {"body": "Still see it."})
    assert again.json()["ticket"]["status"] == "open"
    assert _post(client, f"/api/admin/tickets/{tid}/status", manager, {"status": "closed"}).status_code == 200
    closed = _post(client, f"/api/support/tickets/{tid}/replies", me, {"body": "hello?"})
    assert (closed.status_code, closed.json()["code"]) == (409, "ticket_closed")
    staff_view = client.get(f"/api/admin/tickets/{tid}", headers=bearer(manager)).json()
    assert [m["internal"] for m in staff_view["messages"]].count(True) == 1
    assert AuditEntry.objects.filter(target_type="ticket", target_id=tid).count() >= 4


def test_nobody_else_sees_or_writes_on_my_ticket(client, clock):
    me, other, friend = UserFactory(), UserFactory(), FriendFactory()
    tid = _open(client, me).json()["id"]
    for who in (other, friend):
        assert client.get(f"/api/support/tickets/{tid}", headers=bearer(who)).status_code == 404
        assert _post(client, f"/api/support/tickets/{tid}/replies", who, {"body": "x"}).status_code == 404
        assert client.get(f"/api/admin/tickets/{tid}", headers=bearer(who)).status_code == 403
        assert client.get("/api/admin/tickets", headers=bearer(who)).status_code == 403
    internal = _post(client, f"/api/admin/tickets/{tid}/replies", me, {"body": "x", "internal": True})
    assert internal.status_code == 403
    assert TicketMessage.objects.filter(ticket_id=tid).count() == 1


def test_links_to_someone_elses_session_do_not_exist(client, clock):
    me, friend = UserFactory(), FriendFactory()
    theirs = SessionFactory(user=UserFactory(), friend=friend, start=NOW - timedelta(days=1))
    assert _open(client, me, link_type="session", link_id=theirs.pk).status_code == 404
    mine = SessionFactory(user=me, friend=friend, start=NOW - timedelta(days=2))
    assert _open(client, me, link_type="session", link_id=mine.pk).status_code == 201
    assert _open(client, me, link_type="session").status_code == 422
    assert Ticket.objects.count() == 1


def test_reports_of_people_sessions_and_messages_land_in_one_queue(client, clock):
    me, friend, manager = UserFactory(), FriendFactory(), UserFactory(role="manager")
    conversation = conversation_ensure_direct(user_id=me.pk, friend_id=friend.pk)
    message = Message.objects.create(
        conversation_id=conversation, seq=1, sender=friend, client_id="m", body="rude", created_at=NOW
    )
    assert _post(client, f"/api/chat/messages/{message.pk}/report", me, {"reason": "harassment"}).status_code == 201
    assert _post(client, f"/api/chat/messages/{message.pk}/report", me, {"reason": "harassment"}).status_code == 201
    person = _post(
        client, "/api/support/reports", me, {"target_type": "user", "target_id": friend.pk, "reason": "fraud"}
    )
    assert person.status_code == 201
    assert (
        _post(
            client, "/api/support/reports", me, {"target_type": "user", "target_id": me.pk, "reason": "spam"}
        ).status_code
        == 404
    )
    queue = client.get("/api/admin/tickets", {"category": "safety"}, headers=bearer(manager)).json()
    assert sorted(t["link_type"] for t in queue["items"]) == ["chat_report", "user"]  # the report once


def test_assigning_is_to_staff_only(client, clock):
    me, manager, admin = UserFactory(), UserFactory(role="manager"), UserFactory(role="admin")
    tid = _open(client, me).json()["id"]
    assert _post(client, f"/api/admin/tickets/{tid}/assign", manager, {"assignee_id": me.pk}).status_code == 422
    assigned = _post(client, f"/api/admin/tickets/{tid}/assign", manager, {"assignee_id": admin.pk})
    assert assigned.json()["assignee_id"] == admin.pk
    mine = client.get("/api/admin/tickets", {"assignee_id": admin.pk}, headers=bearer(manager)).json()
    assert [t["id"] for t in mine["items"]] == [tid]
