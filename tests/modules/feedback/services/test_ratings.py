"""Feedback's services without HTTP: who may rate, what counts, all-or-nothing writes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import Conflict, NotFound, PermissionDenied
from core.events import SessionStatusChanged
from core.identity import Actor, Role
from core.pagination import PageRequest
from core.sessions import SessionSide, SessionStatus, SessionType
from modules.feedback.models import FriendRatingSummary, Rating
from modules.feedback.services import ratings
from modules.feedback.services.requests import on_session_status_changed
from modules.notifications.models import Notification
from modules.notifications.public import NotificationKind
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import SessionFactory

pytestmark = pytest.mark.django_db


def _ended(status=SessionStatus.COMPLETED):
    user, friend = UserFactory(), FriendFactory()
    session = SessionFactory(user=user, friend=friend, start=NOW - timedelta(hours=1), end=NOW, status=status.value)
    return Actor(user.pk, Role.USER), Actor(friend.pk, Role.FRIEND), session.pk


def _rate(actor, session_id, stars=4):
    return ratings.rating_create(
        actor=actor, session_id=session_id, stars=stars, comment=" ok ", show_identity=False, now=NOW
    )


def test_a_users_rating_counts_towards_the_friends_summary():
    user, friend, session_id = _ended()
    rating = _rate(user, session_id)
    assert rating.comment == "ok"
    summary = FriendRatingSummary.objects.get(friend_id=friend.user_id)
    assert (summary.count, summary.stars_sum) == (1, 4)


def test_a_friends_rating_of_the_user_is_private_and_counts_nowhere():
    _, friend, session_id = _ended()
    _rate(friend, session_id, stars=2)
    assert not FriendRatingSummary.objects.exists()


def test_the_second_rating_is_refused_with_the_first_and_writes_nothing():
    user, _, session_id = _ended()
    first = _rate(user, session_id, stars=5)
    with pytest.raises(Conflict) as refused:
        _rate(user, session_id, stars=1)
    assert refused.value.extra["rating"]["id"] == first.id
    assert Rating.objects.count() == 1
    assert FriendRatingSummary.objects.get().stars_sum == 5


def test_outsiders_do_not_see_the_session():
    _, _, session_id = _ended()
    with pytest.raises(NotFound):
        _rate(Actor(UserFactory().pk, Role.USER), session_id)


def test_only_friends_list_ratings_received_and_only_staff_list_all():
    user, friend, session_id = _ended()
    _rate(user, session_id)
    with pytest.raises(PermissionDenied):
        ratings.ratings_received(actor=user, page=PageRequest())
    assert ratings.ratings_received(actor=friend, page=PageRequest()).total == 1
    with pytest.raises(PermissionDenied) as refused:
        ratings.ratings_for_staff(actor=friend, friend_id=None, side=None, hidden=None, page=PageRequest())
    assert refused.value.code == "staff_only"


def test_a_completed_session_asks_both_sides_once_and_other_changes_ask_nobody():
    user, friend, session_id = _ended()
    event = SessionStatusChanged(
        session_id=session_id, user_id=user.user_id, friend_id=friend.user_id, session_type=SessionType.VIDEO,
        start=NOW - timedelta(hours=1), price_minor=0, currency="EUR", from_status=SessionStatus.IN_PROGRESS,
        to_status=SessionStatus.CANCELLED, by_side=SessionSide.FRIEND,
    )  # fmt: skip
    on_session_status_changed(event)
    requests = Notification.objects.filter(kind=NotificationKind.FEEDBACK_REQUEST)
    assert not requests.exists()
    completed = SessionStatusChanged(**{**event.__dict__, "to_status": SessionStatus.COMPLETED})
    on_session_status_changed(completed)
    on_session_status_changed(completed)
    asked = sorted(
        Notification.objects.filter(kind=NotificationKind.FEEDBACK_REQUEST).values_list("user_id", flat=True)
    )
    assert asked == sorted([user.user_id, friend.user_id])
