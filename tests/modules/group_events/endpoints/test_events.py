"""Group events over HTTP: who creates and edits, browsing, seats, the waitlist, joining, hosts' tools."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.chat.models import Membership
from modules.group_events.models import Event, Seat
from modules.moderation.models import AuditEntry
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.group_events.factories import event_of
from tests.query_counts import assert_constant_queries

pytestmark = pytest.mark.django_db


def _post(client, path, who, body=None):
    return client.post(path, data=json.dumps(body or {}), content_type="application/json", headers=bearer(who))


def _patch(client, path, who, body):
    return client.patch(path, data=json.dumps(body), content_type="application/json", headers=bearer(who))


def _new(**overrides):
    start = NOW + timedelta(days=3)
    return {
        "title": "Board games night",
        "session_type": "video",
        "start": start.isoformat(),
        "end": (start + timedelta(hours=2)).isoformat(),
        "timezone": "Europe/Paris",
        "capacity": 2,
        **overrides,
    }


def _members(event_id):
    event = Event.objects.get(pk=event_id)
    return set(Membership.objects.filter(conversation_id=event.conversation_id).values_list("user_id", flat=True))


def test_friends_create_for_themselves_staff_for_any_friends_users_not_at_all(client, clock):
    friend, cohost, manager, user = FriendFactory(), FriendFactory(), UserFactory(role="manager"), UserFactory()
    mine = _post(client, "/api/events", friend, _new(host_ids=[cohost.pk]))
    assert mine.status_code == 201, mine.content
    assert {h["id"] for h in mine.json()["hosts"]} == {friend.pk, cohost.pk}
    assert mine.json()["status"] == "draft"
    assert mine.json()["seats_left"] == 2
    staff = _post(client, "/api/events", manager, _new(host_ids=[friend.pk]))
    assert [h["id"] for h in staff.json()["hosts"]] == [friend.pk]
    assert AuditEntry.objects.filter(target_type="event", action="event.create").count() == 1
    assert _post(client, "/api/events", manager, _new()).status_code == 422  # staff name the hosts
    assert _post(client, "/api/events", friend, _new(host_ids=[user.pk])).status_code == 422  # hosts are friends
    assert _post(client, "/api/events", user, _new()).status_code == 403
    assert _post(client, "/api/events", friend, _new(end=_new()["start"])).status_code == 422
    assert _post(client, "/api/events", friend, _new(capacity=0)).status_code == 422
    assert _post(client, "/api/events", friend, _new(price_minor=500, included_in_plan=True)).status_code == 422
    assert _post(client, "/api/events", friend, _new(seats_taken=5)).status_code == 422  # server-owned
    assert Event.objects.count() == 2


def test_drafts_are_for_hosts_and_staff_and_only_they_edit(client, clock):
    host, other_friend, user, manager = FriendFactory(), FriendFactory(), UserFactory(), UserFactory(role="manager")
    event = event_of(host, publish=False)
    path = f"/api/events/{event.id}"
    assert client.get(path, headers=bearer(user)).status_code == 404
    assert client.get(path, headers=bearer(manager)).status_code == 200
    assert _patch(client, path, user, {"title": "Mine now"}).status_code == 404
    assert _patch(client, path, host, {"capacity": 5, "title": "Book club II"}).json()["capacity"] == 5
    assert _post(client, f"{path}/publish", user).status_code == 404
    assert _post(client, f"{path}/publish", host).json()["status"] == "published"
    # Published: everyone sees it, only hosts and staff edit, and only the words.
    assert client.get(path, headers=bearer(user)).status_code == 200
    assert _patch(client, path, user, {"title": "x"}).status_code == 403
    assert _patch(client, path, other_friend, {"title": "x"}).status_code == 403
    refused = _patch(client, path, host, {"capacity": 9})
    assert (refused.status_code, refused.json()["code"]) == (409, "event_published")
    assert _patch(client, path, manager, {"description": "Staff tidied it."}).status_code == 200
    assert AuditEntry.objects.filter(target_type="event", target_id=event.id, action="event.update").count() == 1
    assert Event.objects.get(pk=event.id).capacity == 5


def test_seats_fill_then_the_waitlist_forms_in_order_and_the_chat_follows(client, clock):
    host = FriendFactory()
    a, b, c, d = (UserFactory() for _ in range(4))
    event = event_of(host, capacity=2)
    path = f"/api/events/{event.id}/seat"
    assert [_post(client, path, p).json()["status"] for p in (a, b, c, d)] == [
        "confirmed", "confirmed", "waitlisted", "waitlisted",
    ]  # fmt: skip
    assert client.get(path, headers=bearer(d)).json()["waitlist_position"] == 2
    again = _post(client, path, a)
    assert (again.status_code, again.json()["code"]) == (409, "already_booked")
    assert _post(client, path, host).status_code == 422  # hosts do not book their own event
    assert _members(event.id) == {host.pk, a.pk, b.pk}
    detail = client.get(f"/api/events/{event.id}", headers=bearer(c)).json()
    assert detail["seats_left"] == 0
    assert detail["my_seat"]["status"] == "waitlisted"
    assert detail["conversation_id"] is None  # the waitlist does not read the group chat

    # a gives up: c is offered the seat (notified once), the seat stays held meanwhile.
    assert _post(client, f"{path}/cancel", a).json()["status"] == "cancelled"
    assert _members(event.id) == {host.pk, b.pk}
    offered = client.get(path, headers=bearer(c)).json()
    assert offered["status"] == "offered"
    assert offered["offer_expires_at"].startswith((NOW + timedelta(hours=2)).isoformat()[:16])
    assert Notification.objects.filter(user=c, kind="events", key__startswith="event-seat-offered:").count() == 1
    assert client.get(f"/api/events/{event.id}", headers=bearer(a)).json()["seats_left"] == 0
    assert _post(client, f"{path}/accept", d).json()["code"] == "no_offer"
    assert _post(client, f"{path}/accept", c).json()["status"] == "confirmed"
    assert _members(event.id) == {host.pk, b.pk, c.pk}
    event_row = Event.objects.get(pk=event.id)
    assert event_row.seats_taken == Seat.objects.filter(event_id=event.id, status__in=["confirmed", "offered"]).count()


def test_an_unanswered_offer_moves_to_the_next_in_line_when_it_lapses(client, clock):
    from modules.group_events.public import offers_expire_run

    host = FriendFactory()
    a, b, c = UserFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1)
    for person in (a, b, c):
        _post(client, f"/api/events/{event.id}/seat", person)
    _post(client, f"/api/events/{event.id}/seat/cancel", a)
    assert offers_expire_run() == 0  # not yet
    clock.advance(timedelta(hours=2))
    assert offers_expire_run() == 1
    assert offers_expire_run() == 0  # idempotent
    assert Seat.objects.get(event_id=event.id, person=b).status == "expired"
    assert client.get(f"/api/events/{event.id}/seat", headers=bearer(c)).json()["status"] == "offered"
    late = _post(client, f"/api/events/{event.id}/seat/accept", b)
    assert late.status_code == 404  # the lapsed offer is no place any more
    clock.advance(timedelta(hours=2))
    assert offers_expire_run() == 1
    # Nobody left in line: the seat is free again.
    assert client.get(f"/api/events/{event.id}", headers=bearer(a)).json()["seats_left"] == 1


def test_blocks_hide_events_both_ways(client, clock):
    host, blocker, blocked = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host)
    assert _post(client, f"/api/blocks/{host.pk}", blocker).status_code == 204
    assert client.post(f"/api/blocks/{blocked.pk}", headers=bearer(host)).status_code == 204
    for person in (blocker, blocked):
        assert client.get("/api/events", headers=bearer(person)).json()["items"] == []
        assert client.get(f"/api/events/{event.id}", headers=bearer(person)).status_code == 404
        assert _post(client, f"/api/events/{event.id}/seat", person).status_code == 404
    assert not Seat.objects.exists()


def test_browse_filters_and_reads_a_constant_number_of_queries(client, clock):
    host, other_host, user = FriendFactory(), FriendFactory(), UserFactory()
    video = event_of(host, capacity=1, start=NOW + timedelta(days=1))
    text = event_of(other_host, session_type="text", start=NOW + timedelta(days=5))
    event_of(host, publish=False)  # drafts are not listed
    _post(client, f"/api/events/{video.id}/seat", UserFactory())

    def ids(**query):
        return [e["id"] for e in client.get("/api/events", query, headers=bearer(user)).json()["items"]]

    assert ids() == [video.id, text.id]
    assert ids(session_type="text") == [text.id]
    assert ids(host_id=host.pk) == [video.id]
    assert ids(free_seats="true") == [text.id]
    assert ids(starts_after=(NOW + timedelta(days=2)).isoformat()) == [text.id]
    assert ids(starts_before=(NOW + timedelta(days=2)).isoformat()) == [video.id]
    assert client.get("/api/events", {"free_seats": "yes"}, headers=bearer(user)).status_code == 422
    clock.advance(timedelta(days=2))
    assert ids() == [text.id]  # started events are not upcoming


def test_browse_and_attendee_lists_cost_the_same_sql_for_1_and_12_rows(client, clock):
    viewer, host = UserFactory(), FriendFactory()
    Event.objects.all().delete()

    def add_events(n):
        for _ in range(n):
            event = event_of(FriendFactory())
            _post(client, f"/api/events/{event.id}/seat", viewer)

    assert_constant_queries(lambda: client.get("/api/events", headers=bearer(viewer)), add_events)

    event = event_of(host, capacity=5)

    def add_people(n):
        for _ in range(n):
            _post(client, f"/api/events/{event.id}/seat", UserFactory())

    assert_constant_queries(lambda: client.get(f"/api/events/{event.id}/attendees", headers=bearer(host)), add_people)


def test_hosts_see_attendees_and_mark_no_shows_once_it_started(client, clock):
    host, cohost, a, b, stranger = FriendFactory(), FriendFactory(), UserFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1)
    from modules.group_events.repositories.events import set_hosts

    set_hosts(event.id, [host.pk, cohost.pk])
    seat_a = _post(client, f"/api/events/{event.id}/seat", a).json()["id"]
    _post(client, f"/api/events/{event.id}/seat", b)
    listing = client.get(f"/api/events/{event.id}/attendees", headers=bearer(cohost)).json()
    assert [(i["person_id"], i["status"], i["waitlist_position"]) for i in listing["items"]] == [
        (a.pk, "confirmed", None), (b.pk, "waitlisted", 1),
    ]  # fmt: skip
    assert client.get(f"/api/events/{event.id}/attendees", headers=bearer(a)).status_code == 403
    no_show = f"/api/events/{event.id}/attendees/{seat_a}/no-show"
    early = _post(client, no_show, host)
    assert (early.status_code, early.json()["code"]) == (422, "no_show_not_reportable")
    clock.set(event.start + timedelta(minutes=5))
    assert _post(client, no_show, stranger).status_code == 403
    assert _post(client, no_show, UserFactory(role="manager")).status_code == 403  # hosts' call
    assert _post(client, no_show, host).json()["no_show"] is True
    other = event_of(FriendFactory(), start=NOW + timedelta(days=3))
    assert _post(client, f"/api/events/{other.id}/attendees/{seat_a}/no-show", host).status_code == 403


def test_joining_follows_the_session_window_and_gives_video_a_token(client, clock, fakes):
    host, guest, waiting = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1)
    _post(client, f"/api/events/{event.id}/seat", guest)
    _post(client, f"/api/events/{event.id}/seat", waiting)
    path = f"/api/events/{event.id}/join"
    early = _post(client, path, guest)
    assert (early.status_code, early.json()["code"]) == (422, "join_window_closed")
    clock.set(event.start - timedelta(minutes=10))
    joined = _post(client, path, guest).json()
    assert joined["rtc"]["channel"] == f"hl-event-{event.id}"
    assert joined["rtc"]["uid"] == guest.pk
    assert joined["conversation_id"] == Event.objects.get(pk=event.id).conversation_id
    assert _post(client, path, host).status_code == 200
    assert _post(client, path, waiting).json()["code"] == "seat_required"
    clock.set(event.end)
    assert _post(client, path, guest).json()["code"] == "join_window_closed"


def test_a_host_cancelling_tells_everyone_once_and_frees_nothing_twice(client, clock):
    host, a, b = FriendFactory(), UserFactory(), UserFactory()
    event = event_of(host, capacity=1)
    _post(client, f"/api/events/{event.id}/seat", a)
    _post(client, f"/api/events/{event.id}/seat", b)
    cancelled = _post(client, f"/api/events/{event.id}/cancel", host, {"reason": "Host is ill"})
    assert cancelled.json()["status"] == "cancelled"
    assert set(Seat.objects.filter(event_id=event.id).values_list("status", flat=True)) == {"cancelled"}
    assert Notification.objects.filter(kind="events", key__startswith="event-cancelled:").count() == 2
    again = _post(client, f"/api/events/{event.id}/cancel", host)
    assert (again.status_code, again.json()["code"]) == (409, "invalid_transition")
    assert _post(client, f"/api/events/{event.id}/seat", UserFactory()).json()["code"] == "event_not_bookable"


def test_my_seats_lists_my_places(client, clock):
    me = UserFactory()
    first, second = event_of(FriendFactory(), capacity=1), event_of(FriendFactory(), start=NOW + timedelta(days=2))
    _post(client, f"/api/events/{first.id}/seat", UserFactory())
    _post(client, f"/api/events/{first.id}/seat", me)
    _post(client, f"/api/events/{second.id}/seat", me)
    items = client.get("/api/events/seats", headers=bearer(me)).json()["items"]
    assert [(i["event"]["id"], i["seat"]["status"], i["seat"]["waitlist_position"]) for i in items] == [
        (first.id, "waitlisted", 1), (second.id, "confirmed", None),
    ]  # fmt: skip


def test_a_cover_is_uploaded_by_a_host_to_their_own_prefix(client, clock, fakes):
    host, other = FriendFactory(), FriendFactory()
    event = event_of(host)
    form = _post(client, f"/api/events/{event.id}/cover/upload", host, {"content_type": "image/png"}).json()
    assert form["key"].startswith(f"event-covers/{host.pk}/")
    assert (
        _post(client, f"/api/events/{event.id}/cover/upload", other, {"content_type": "image/png"}).status_code == 403
    )
    missing = _post(client, f"/api/events/{event.id}/cover", host, {"key": form["key"]})
    assert missing.status_code == 422  # nothing uploaded yet
    fakes.media.put(key=form["key"], data=b"\x89PNG....", content_type="image/png")
    covered = _post(client, f"/api/events/{event.id}/cover", host, {"key": form["key"]}).json()
    assert covered["cover_url"]
    foreign = f"event-covers/{other.pk}/" + "a" * 32
    assert _post(client, f"/api/events/{event.id}/cover", host, {"key": foreign}).status_code == 422
