"""Who may rate a session and when: the pure rules, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import NotFound
from core.sessions import ENDED_STATUSES, SessionStatus
from modules.feedback.domain import ratings as rules

END = datetime(2031, 1, 6, 11, 0, tzinfo=UTC)


def facts(status=SessionStatus.COMPLETED, ended_at=END):
    return rules.SessionFacts(1, user_id=10, friend_id=20, status=status, end=END, ended_at=ended_at)


def refused_code(f, rater, now) -> str:
    with pytest.raises(rules.RatingRefused) as refused:
        rules.check_can_rate(f, rater_id=rater, now=now)
    return refused.value.code


def test_both_participants_may_rate_from_the_end_for_fourteen_days():
    assert rules.check_can_rate(facts(), rater_id=10, now=END) == rules.Side.USER
    assert rules.check_can_rate(facts(), rater_id=20, now=END + timedelta(days=14)) == rules.Side.FRIEND


def test_not_before_the_end_nor_after_fourteen_days():
    assert (
        refused_code(facts(ended_at=None, status=SessionStatus.COMPLETED), 10, END - timedelta(minutes=1))
        == "rating_not_open"
    )
    assert refused_code(facts(), 10, END + timedelta(days=14, seconds=1)) == "rating_closed"


def test_a_session_completed_early_opens_when_it_was_completed():
    early = END - timedelta(minutes=20)
    assert rules.check_can_rate(facts(ended_at=early), rater_id=10, now=early) == rules.Side.USER
    assert refused_code(facts(ended_at=early), 10, early - timedelta(seconds=1)) == "rating_not_open"


@pytest.mark.parametrize("status", sorted(set(SessionStatus) - ENDED_STATUSES))
def test_only_sessions_that_took_place(status):
    assert refused_code(facts(status=status), 10, END + timedelta(hours=1)) == "session_not_rateable"


def test_a_no_show_against_the_rater_refuses_them_only():
    later = END + timedelta(hours=1)
    assert refused_code(facts(status=SessionStatus.NO_SHOW_USER), 10, later) == "no_show_against_rater"
    assert rules.check_can_rate(facts(status=SessionStatus.NO_SHOW_USER), rater_id=20, now=later) == rules.Side.FRIEND
    assert refused_code(facts(status=SessionStatus.NO_SHOW_FRIEND), 20, later) == "no_show_against_rater"


def test_outsiders_and_unknown_sessions_are_not_found():
    with pytest.raises(NotFound):
        rules.check_can_rate(facts(), rater_id=99, now=END)
    with pytest.raises(NotFound):
        rules.check_can_rate(None, rater_id=10, now=END)


def test_only_users_ratings_of_completed_sessions_count():
    assert rules.counts_towards_average(side=rules.Side.USER, status=SessionStatus.COMPLETED)
    assert not rules.counts_towards_average(side=rules.Side.FRIEND, status=SessionStatus.COMPLETED)
    assert not rules.counts_towards_average(side=rules.Side.USER, status=SessionStatus.NO_SHOW_FRIEND)


def test_the_average_shows_from_three_ratings_with_one_decimal():
    assert rules.shown_average(stars_sum=10, count=2) is None
    assert rules.shown_average(stars_sum=13, count=3) == 4.3
