"""Support's services without HTTP: one queue, private threads, staff notes for staff."""

from __future__ import annotations

import pytest

from core.errors import NotFound, PermissionDenied
from core.events import MessageReported
from core.identity import Actor, Role
from core.pagination import PageRequest
from modules.support.domain.tickets import Category, LinkType, Status
from modules.support.models import Ticket
from modules.support.services import tickets
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _person() -> Actor:
    return Actor(UserFactory().pk, Role.USER)


def _open(actor: Actor):
    return tickets.ticket_open(
        actor=actor, category=Category.ACCOUNT, subject=" Help ", body=" Locked out ", link_type=None, link_id=None,
        now=NOW,
    )  # fmt: skip


def test_a_staff_note_stays_with_staff_and_a_reply_waits_for_the_requester():
    me, staff = _person(), Actor(UserFactory(role=Role.MANAGER, is_staff=True).pk, Role.MANAGER)
    ticket = _open(me)
    assert ticket.subject == "Help"
    tickets.staff_ticket_reply(actor=staff, ticket_id=ticket.id, body="check logs", internal=True, now=NOW)
    thread = tickets.staff_ticket_reply(actor=staff, ticket_id=ticket.id, body="Try now", internal=False, now=NOW)
    assert thread.ticket.status == Status.PENDING
    mine = tickets.ticket_thread(actor=me, ticket_id=ticket.id)
    assert [m.body for m in mine.messages] == ["Locked out", "Try now"]
    with pytest.raises(PermissionDenied):
        tickets.ticket_reply(actor=me, ticket_id=ticket.id, body="note", internal=True, now=NOW)


def test_nobody_else_sees_my_ticket_nor_works_the_queue():
    me, other = _person(), _person()
    ticket = _open(me)
    with pytest.raises(NotFound):
        tickets.ticket_thread(actor=other, ticket_id=ticket.id)
    with pytest.raises(PermissionDenied) as refused:
        tickets.staff_ticket_thread(actor=other, ticket_id=ticket.id)
    assert refused.value.code == "staff_only"
    assert tickets.tickets_mine(actor=other, page=PageRequest()).total == 0
    assert tickets.tickets_mine(actor=me, page=PageRequest()).total == 1


def test_reporting_myself_or_nobody_is_not_found():
    me = _person()
    for target in (me.user_id, 2**62):
        with pytest.raises(NotFound):
            tickets.report_open(actor=me, target_type=LinkType.USER, target_id=target, reason="spam", note="", now=NOW)
    assert not Ticket.objects.exists()


def test_a_chat_report_becomes_one_safety_ticket_however_often_it_is_announced():
    reporter = _person()
    event = MessageReported(report_id=7, message_id=3, reporter_id=reporter.user_id, reason="spam", note="")
    tickets.on_message_reported(event, now=NOW)
    tickets.on_message_reported(event, now=NOW)
    ticket = Ticket.objects.get()
    assert (ticket.category, ticket.link_type, ticket.link_id) == (Category.SAFETY, LinkType.CHAT_REPORT, 7)
