"""Recordings over HTTP: consent from both, either may stop, private playback, staff only through a
safety ticket (audited), the session page and the chat socket show it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.accounts.models import FriendProfile
from modules.moderation.models import AuditEntry
from modules.recordings.models import Recording
from modules.support.models import Ticket
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.recordings.factories import live_session

pytestmark = pytest.mark.django_db


def _post(client, path, who, body=None):
    return client.post(path, data=json.dumps(body or {}), content_type="application/json", headers=bearer(who))


def _consent(client, session, who):
    return _post(client, f"/api/recordings/sessions/{session.pk}/consent", who)


def _stop(client, session, who):
    return _post(client, f"/api/recordings/sessions/{session.pk}/stop", who)


def _both_consent(client, session):
    assert _consent(client, session, session.user).status_code == 200
    answer = _consent(client, session, session.friend)
    assert answer.status_code == 200
    return answer.json()


def test_recording_starts_only_when_both_consented_and_records_who_and_when(client, clock, fakes):
    session = live_session()
    first = _consent(client, session, session.user).json()
    assert first["state"] == "requested"
    assert first["current"]["requested_by_id"] == session.user.pk
    assert first["current"]["user_consented_at"] == NOW.isoformat().replace("+00:00", "Z")
    assert first["current"]["friend_consented_at"] is None
    assert fakes.recorder.started == []  # one consent records nothing
    # Asking twice is the same consent.
    assert _consent(client, session, session.user).json()["current"]["id"] == first["current"]["id"]
    assert fakes.recorder.started == []
    both = _consent(client, session, session.friend).json()
    assert both["state"] == "recording"
    assert both["current"]["friend_consented_at"] is not None
    assert both["current"]["started_at"] is not None
    assert len(fakes.recorder.started) == 1
    assert fakes.recorder.started[0].key_prefix == f"recordings/{session.pk}/{both['current']['id']}"
    # The recorder joins the call with its own subscriber token for the session's channel.
    assert fakes.rtc.issued[-1].channel == f"hl-session-{session.pk}"
    assert fakes.rtc.issued[-1].uid not in (session.user.pk, session.friend.pk)
    # Consenting again while recording starts nothing more.
    _consent(client, session, session.friend)
    assert len(fakes.recorder.started) == 1
    # The session page says it is being recorded.
    detail = client.get(f"/api/sessions/{session.pk}", headers=bearer(session.user)).json()
    assert detail["recording"] == "recording"


def test_either_participant_may_stop_and_the_file_becomes_playable_for_both_only(client, clock, fakes):
    session = live_session()
    _both_consent(client, session)
    stopped = _stop(client, session, session.friend).json()
    assert stopped["state"] == "none"
    rec = stopped["recordings"][0]
    assert rec["state"] == "ready"  # the fake uploads on stop
    assert rec["stopped_by_id"] == session.friend.pk
    assert rec["content_type"] == "audio/wav"
    assert rec["delete_after"].startswith((NOW + timedelta(days=30)).date().isoformat())
    for who in (session.user, session.friend):
        link = client.get(f"/api/recordings/{rec['id']}/playback", headers=bearer(who))
        assert link.status_code == 200
        assert link.json()["url"].startswith("http://testserver/dev/media/download?")
    outsider, other_friend = UserFactory(), FriendFactory()
    for who in (outsider, other_friend, UserFactory(role="manager")):
        assert client.get(f"/api/recordings/{rec['id']}/playback", headers=bearer(who)).status_code == 404
        assert client.get(f"/api/recordings/sessions/{session.pk}", headers=bearer(who)).status_code == 404
        assert _consent(client, session, who).status_code == 404
        assert _stop(client, session, who).status_code == 404
    mine = client.get("/api/recordings", headers=bearer(session.user)).json()
    assert [r["id"] for r in mine["items"]] == [rec["id"]]
    assert client.get("/api/recordings", headers=bearer(outsider)).json()["items"] == []


def test_withdrawing_a_request_cancels_it_and_nothing_is_recorded(client, clock, fakes):
    session = live_session()
    _consent(client, session, session.user)
    answer = _stop(client, session, session.friend).json()
    assert answer["state"] == "none"
    assert answer["recordings"][0]["state"] == "cancelled"
    assert fakes.recorder.started == []
    again = _stop(client, session, session.user)
    assert (again.status_code, again.json()["code"]) == (409, "recording_not_running")
    # A new round may be asked for.
    assert _consent(client, session, session.user).json()["state"] == "requested"


def test_a_friend_who_never_records_refuses_every_request(client, clock, fakes):
    session = live_session()
    FriendProfile.objects.filter(user=session.friend).update(never_record=True)
    for who in (session.user, session.friend):
        answer = _consent(client, session, who)
        assert (answer.status_code, answer.json()["code"]) == (422, "recording_refused")
    assert not Recording.objects.exists()


def test_the_friend_sets_never_record_on_their_profile(client, clock):
    friend = FriendFactory()
    patched = client.patch(
        "/api/users/me/friend-profile",
        data=json.dumps({"never_record": True}),
        content_type="application/json",
        headers=bearer(friend),
    )
    assert patched.status_code == 200, patched.content
    assert patched.json()["never_record"] is True
    assert FriendProfile.objects.get(user=friend).never_record


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"session_type": "text"}, "not_recordable"),
        ({"status": "booked"}, "session_not_in_progress"),
        ({"status": "completed"}, "session_not_in_progress"),
    ],
)
def test_only_voice_and_video_sessions_in_progress_can_be_recorded(client, clock, kwargs, code):
    session = live_session(**kwargs)
    answer = _consent(client, session, session.user)
    assert (answer.status_code, answer.json()["code"]) == (422, code)
    assert not Recording.objects.exists()


def test_a_provider_failure_records_no_consent(client, clock, fakes):
    session = live_session()
    _consent(client, session, session.user)
    fakes.recorder.unavailable = True
    answer = _consent(client, session, session.friend)
    assert answer.status_code == 503
    rec = Recording.objects.get()
    assert (rec.state, rec.friend_consented_at) == ("requested", None)


def test_not_ready_recordings_cannot_be_played(client, clock, fakes):
    session = live_session()
    body = _both_consent(client, session)
    answer = client.get(f"/api/recordings/{body['current']['id']}/playback", headers=bearer(session.user))
    assert (answer.status_code, answer.json()["code"]) == (409, "recording_not_ready")


def test_both_sockets_hear_every_change(client, clock, monkeypatch, django_capture_on_commit_callbacks):
    # Captured at chat's fan-out (chat's own tests cover the channel layer and the consumer, which
    # forwards every non-message event as it is).
    sent = []
    monkeypatch.setattr("modules.chat.services.notices.publish_blocking", sent.extend)
    session = live_session()
    with django_capture_on_commit_callbacks(execute=True):
        _consent(client, session, session.user)
        assert sent == []  # nothing before the commit
    with django_capture_on_commit_callbacks(execute=True):
        _consent(client, session, session.friend)
    with django_capture_on_commit_callbacks(execute=True):
        _stop(client, session, session.user)
    assert {d.user_ids for d in sent} == {tuple(sorted((session.user.pk, session.friend.pk)))}
    assert {d.meta["kind"] for d in sent} == {"notice"}
    events = [json.loads(d.text) for d in sent]
    assert {(e["type"], e["session_id"]) for e in events} == {("recording", session.pk)}
    assert [e["state"] for e in events] == ["requested", "recording", "ready"]


def _safety_ticket(session, **overrides):
    fields = {
        "requester": session.user,
        "category": "safety",
        "subject": "Report",
        "link_type": "session",
        "link_id": session.pk,
        "created_at": NOW,
        "updated_at": NOW,
    }
    return Ticket.objects.create(**{**fields, **overrides})


def test_staff_play_back_only_through_a_safety_ticket_about_the_session_and_are_audited(client, clock):
    session = live_session()
    _both_consent(client, session)
    rec_id = _stop(client, session, session.user).json()["recordings"][0]["id"]
    manager = UserFactory(role="manager")
    path = f"/api/admin/recordings/{rec_id}/playback"
    other_session = live_session()
    refused = [
        _safety_ticket(session, category="billing"),
        _safety_ticket(other_session),
        _safety_ticket(session, status="closed"),
    ]
    for ticket in refused:
        answer = _post(client, path, manager, {"ticket_id": ticket.pk, "reason": "checking the report"})
        assert (answer.status_code, answer.json()["code"]) == (403, "safety_ticket_required")
    assert not AuditEntry.objects.filter(target_type="recording").exists()
    ticket = _safety_ticket(session)
    answer = _post(client, path, manager, {"ticket_id": ticket.pk, "reason": "checking the report"})
    assert answer.status_code == 200
    assert answer.json()["url"]
    audit = AuditEntry.objects.get(target_type="recording", target_id=rec_id)
    assert audit.actor_id == manager.pk
    assert audit.action == "recording.playback"
    assert f"ticket {ticket.pk}" in audit.reason
    # Participants cannot use the staff route, even with a ticket.
    denied = _post(client, path, session.user, {"ticket_id": ticket.pk, "reason": "mine"})
    assert denied.status_code == 403


def test_my_recordings_and_a_sessions_rounds_cost_constant_sql(client, clock):
    from tests.query_counts import assert_constant_queries

    session = live_session()

    def add(n):
        for _ in range(n):
            Recording.objects.create(
                session_id=session.pk,
                user=session.user,
                friend=session.friend,
                state="cancelled",
                requested_by_id=session.user.pk,
                created_at=NOW,
            )

    assert_constant_queries(lambda: client.get("/api/recordings?limit=50", headers=bearer(session.user)), add, many=10)
    assert_constant_queries(
        lambda: client.get(f"/api/recordings/sessions/{session.pk}", headers=bearer(session.friend)),
        add,
        count=lambda body: len(body["recordings"]) - 10,
        many=10,
    )
