"""The moments that make a survey due, end to end through the modules that announce them: a first
completed session (booking), a re-match (matching), a cancelled subscription (billing's webhook)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core.identity import Actor, Role
from modules.booking.services.lifecycle import session_complete
from modules.feedback.models import Survey, SurveyDue
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import PlanFactory
from tests.modules.booking.factories import SessionFactory
from tests.modules.feedback.surveys import published_survey, send
from tests.modules.matching.factories import answered_user, matched_friend

pytestmark = pytest.mark.django_db


def _complete(clock, user, friend, hours_ago=1):
    session = SessionFactory(
        user=user,
        friend=friend,
        start=NOW - timedelta(hours=hours_ago),
        end=NOW - timedelta(hours=hours_ago - 1),
        status="in_progress",
    )
    session_complete(actor=Actor(friend.pk, Role.FRIEND), session_id=session.pk, clock=clock)
    return session.pk


def _dues(survey_id):
    return sorted(SurveyDue.objects.filter(survey_id=survey_id).values_list("user_id", "reason"))


class TestFirstCompletedSession:
    def test_both_sides_of_their_first_session_are_asked_once(self, client, clock):
        survey_id = published_survey(client, moment="first_session", audience="everyone")
        user, friend = UserFactory(), FriendFactory()
        sid = _complete(clock, user, friend)
        assert _dues(survey_id) == sorted([(user.pk, f"session:{sid}"), (friend.pk, f"session:{sid}")])
        asked = Notification.objects.filter(kind="feedback_request", key__startswith="survey-due:")
        assert sorted(asked.values_list("user_id", flat=True)) == sorted([user.pk, friend.pk])
        # Their second session is not a first one: nobody is asked again.
        _complete(clock, user, friend, hours_ago=3)
        assert len(_dues(survey_id)) == 2
        assert asked.count() == 2

    def test_someone_whose_first_session_came_before_the_survey_is_not_asked(self, client, clock):
        veteran_friend = FriendFactory()
        _complete(clock, UserFactory(), veteran_friend, hours_ago=5)
        survey_id = published_survey(client, moment="first_session", audience="everyone")
        newcomer = UserFactory()
        _complete(clock, newcomer, veteran_friend)
        assert [uid for uid, _ in _dues(survey_id)] == [newcomer.pk]

    def test_the_audience_decides_which_side_is_asked(self, client, clock):
        users_only = published_survey(client, moment="first_session", audience="users")
        friends_only = published_survey(client, moment="first_session", audience="friends")
        user, friend = UserFactory(), FriendFactory()
        _complete(clock, user, friend)
        assert [uid for uid, _ in _dues(users_only)] == [user.pk]
        assert [uid for uid, _ in _dues(friends_only)] == [friend.pk]

    def test_a_closed_survey_asks_nobody(self, client, clock):
        survey_id = published_survey(client, moment="first_session", audience="everyone")
        Survey.objects.filter(pk=survey_id).update(is_active=False)
        _complete(clock, UserFactory(), FriendFactory())
        assert _dues(survey_id) == []


def test_a_rematch_asks_the_exit_survey(client, clock):
    survey_id = published_survey(client, moment="rematch")
    user = answered_user()
    for _ in range(3):
        matched_friend()
    response = client.post(
        "/api/matches/rematch",
        data=json.dumps({"reason": "Not my vibe", "limit": 2}),
        content_type="application/json",
        headers=bearer(user),
    )
    assert response.status_code == 200, response.content
    assert _dues(survey_id) == [(user.pk, f"rematch:{response.json()['id']}")]
    [due] = send(client, "GET", "/api/feedback/surveys/due", user).json()["items"]
    assert due["survey_id"] == survey_id


@pytest.fixture
def stripe(fakes, clock):
    fakes.payments.clock = clock
    return fakes.payments


def _deliver(client, gateway, events):
    for event in events:
        payload, header = gateway.sign(event)
        response = client.post(
            "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
        )
        assert response.status_code == 200, response.content


def test_cancelling_a_subscription_asks_once_even_when_stripe_repeats_itself(client, clock, stripe):
    survey_id = published_survey(client, moment="subscription_cancelled")
    user, plan = UserFactory(), PlanFactory()
    checkout = send(client, "POST", "/api/payments/checkout", user, {"plan_id": plan.pk}).json()
    events = stripe.complete_checkout(checkout["checkout_id"])
    _deliver(client, stripe, events)
    sub_id = events[0].data_object["id"]
    _deliver(client, stripe, stripe.update_subscription(sub_id, status="active", trial_end=None))
    assert _dues(survey_id) == []  # running, not cancelled
    cancel = stripe.update_subscription(sub_id, cancel_at_period_end=True)
    _deliver(client, stripe, cancel)
    [(who, reason)] = _dues(survey_id)
    assert who == user.pk
    assert reason.startswith("subscription:")
    _deliver(client, stripe, stripe.update_subscription(sub_id, status="canceled"))
    assert len(_dues(survey_id)) == 1
