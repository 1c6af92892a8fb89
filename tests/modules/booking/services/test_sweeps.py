"""The background sweeps that end sessions: completion on schedule, and booked sessions nobody
joined once their no-show window has closed. Each session on its own."""

from __future__ import annotations

from datetime import timedelta

import pytest

from modules.booking.models import Session, SessionTransition
from modules.booking.public import close_unjoined, complete_due
from modules.booking.services import lifecycle
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory

pytestmark = pytest.mark.django_db


def _session(status: str, *, ended_ago: timedelta) -> Session:
    end = NOW - ended_ago
    return SessionFactory(
        user=UserFactory(), friend=FriendFactory(), status=status, start=end - timedelta(hours=1), end=end
    )


def test_a_session_nobody_joined_is_cancelled_once_its_no_show_window_closes(clock):
    unjoined = _session("booked", ended_ago=timedelta(hours=2))
    assert close_unjoined() == 0  # a participant may still report the other absent
    assert Session.objects.get(pk=unjoined.pk).status == "booked"

    clock.advance(timedelta(hours=22))
    assert close_unjoined() == 1
    assert Session.objects.get(pk=unjoined.pk).status == "cancelled"
    transition = SessionTransition.objects.get(session=unjoined, to_status="cancelled")
    assert (transition.from_status, transition.actor_id, transition.reason) == ("booked", None, "nobody joined")
    assert close_unjoined() == 0  # once


def test_the_sweeps_leave_other_states_alone(clock):
    reported = _session("no_show_friend", ended_ago=timedelta(days=3))
    running = _session("in_progress", ended_ago=timedelta(days=3))
    assert close_unjoined() == 0
    assert Session.objects.get(pk=reported.pk).status == "no_show_friend"
    assert complete_due() == 1
    assert Session.objects.get(pk=running.pk).status == "completed"


@pytest.mark.parametrize("sweep", [complete_due, close_unjoined])
def test_one_session_that_fails_does_not_hold_back_the_others(clock, monkeypatch, caplog, sweep):
    status = "in_progress" if sweep is complete_due else "booked"
    broken, fine = _session(status, ended_ago=timedelta(days=2)), _session(status, ended_ago=timedelta(days=1))
    announce = lifecycle.session_changed

    def session_changed(before, after, **kw):
        if after.id == broken.pk:
            raise RuntimeError("a handler broke")
        announce(before, after, **kw)

    monkeypatch.setattr(lifecycle, "session_changed", session_changed)
    assert sweep() == 1
    assert Session.objects.get(pk=broken.pk).status == status  # rolled back, left for the next run
    assert Session.objects.get(pk=fine.pk).status != status
    assert f"session {broken.pk} could not become" in caplog.text
