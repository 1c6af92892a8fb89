from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from modules.accounts.models import User
from modules.booking.models import FriendAvailability, Session

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_friends_have_hours():
    call_command("seed_demo", stdout=StringIO())
    users = User.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert User.objects.count() == users
    friends = User.objects.filter(role="friend")
    assert friends.count() >= 3
    assert FriendAvailability.objects.filter(friend__in=friends).count() == friends.count()


def test_seed_demo_has_two_upcoming_events_one_full_with_a_waitlist():
    from modules.group_events.models import Event, Seat

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    events = list(Event.objects.filter(status="published").order_by("start"))
    assert len(events) == 2
    assert [e.capacity - e.seats_taken for e in events] == [1, 0]
    assert Seat.objects.filter(event=events[1], status="waitlisted").count() == 1


def test_demo_history_fills_every_staff_report(client):
    from tests.modules.accounts.factories import bearer

    call_command("seed_demo", stdout=StringIO())
    sessions = Session.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert Session.objects.count() == sessions  # idempotent
    manager = User.objects.get(email="manager@demo.humanlink.local")
    for report, key in (("funnel", "rows"), ("sessions", "counts"), ("revenue", "ledger"), ("chat", "rows")):
        body = client.get(f"/api/admin/stats/{report}", headers=bearer(manager)).json()
        assert body[key], report
    body = client.get("/api/admin/stats/sessions", headers=bearer(manager)).json()
    assert body["cancellations"]
    assert {r["source"] for r in client.get("/api/admin/stats/funnel", headers=bearer(manager)).json()["rows"]} > {
        "direct"
    }
    assert client.get("/api/admin/stats/friends", headers=bearer(manager)).json()["total"] >= 3


def test_the_demo_user_has_a_survey_due_once_and_every_moment_has_a_published_survey(client):
    from modules.feedback.models import Survey, SurveyDue
    from tests.modules.accounts.factories import bearer

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    user = User.objects.get(email="user@demo.humanlink.local")
    due = client.get("/api/feedback/surveys/due", headers=bearer(user)).json()["items"]
    assert [d["title"] for d in due] == ["How are we doing?"]
    assert SurveyDue.objects.count() == 1
    assert set(Survey.objects.values_list("moment", flat=True)) == {
        "first_session",
        "rematch",
        "subscription_cancelled",
        "manual",
    }
    assert Survey.objects.count() == 4


def test_seed_demo_has_one_ready_recording_the_demo_user_can_play(client, fakes):
    from modules.recordings.models import Recording
    from tests.modules.accounts.factories import bearer

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    rec = Recording.objects.get()
    assert rec.state == "ready"
    assert rec.user_consented_at is not None
    assert rec.friend_consented_at is not None
    assert fakes.media.stat(key=rec.object_key).content_type == "audio/wav"
    user = User.objects.get(email="user@demo.humanlink.local")
    link = client.get(f"/api/recordings/{rec.pk}/playback", headers=bearer(user))
    assert link.status_code == 200


def test_seed_demo_gives_the_demo_user_a_session_to_rate_and_one_to_join():
    from modules.booking.models import Session

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    from django.utils import timezone

    user = User.objects.get(email="user@demo.humanlink.local")
    # The demo history adds older sessions; these two are the recent ones, made once.
    recent = Session.objects.filter(user=user, start__gte=timezone.now() - timedelta(hours=3))
    assert sorted((s.session_type, s.status) for s in recent) == [("text", "completed"), ("voice", "booked")]
