"""Suspensions: the person is locked out everywhere, their sessions are cancelled fairly, every
step is in the audit log; lifting (by staff or by the end date) lets them back in."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.billing.models import IncludedSessionUse
from modules.booking.models import Session
from modules.moderation.models import AuditEntry, Suspension
from modules.moderation.public import suspensions_end_expired
from modules.notifications.models import Notification
from tests.clock import NOW
from tests.modules.accounts.endpoints.auth_helpers import PASSWORD, login, signup_and_verify
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.billing.factories import SubscriberFactory
from tests.modules.booking.factories import AvailabilityFactory

pytestmark = pytest.mark.django_db


def _post(client, path, who, body):
    return client.post(path, data=json.dumps(body), content_type="application/json", headers=bearer(who))


def _suspend(client, staff, person, **extra):
    return _post(client, "/api/admin/suspensions", staff, {"user_id": person.pk, "reason": "harassment", **extra})


def _refresh(client, refresh_token):
    return client.post(
        "/api/auth/token/refresh", data=json.dumps({"refresh_token": refresh_token}), content_type="application/json"
    )


def test_a_suspended_friend_is_locked_out_and_their_users_get_their_session_back(client, clock):
    friend = FriendFactory()
    AvailabilityFactory(friend=friend)
    user = SubscriberFactory()
    booked = _post(
        client,
        "/api/sessions",
        user,
        {"friend_id": friend.pk, "session_type": "video", "start": (NOW + timedelta(hours=6)).isoformat(),
         "duration_minutes": 60},
    )  # fmt: skip
    assert booked.status_code == 201, booked.content
    session_id = booked.json()["id"]
    old_headers = bearer(friend)
    manager = UserFactory(role="manager")

    suspended = _suspend(client, manager, friend, ends_at=(NOW + timedelta(days=30)).isoformat())
    assert suspended.status_code == 201, suspended.content

    assert client.get("/api/users/me", headers=old_headers).status_code == 401
    assert Session.objects.get(pk=session_id).status == "cancelled"
    assert IncludedSessionUse.objects.get(session_id=session_id).returned_at is not None
    assert Notification.objects.filter(user=user, kind="session_change").count() == 1
    assert friend.pk not in [f["id"] for f in client.get("/api/users/friends", headers=bearer(user)).json()["items"]]
    actions = set(AuditEntry.objects.filter(target_id=friend.pk).values_list("action", flat=True))
    assert {"account.suspend", "account.deactivate"} <= actions
    again = _suspend(client, manager, friend)
    assert (again.status_code, again.json()["code"]) == (409, "already_suspended")


def test_a_suspended_person_cannot_sign_in_or_refresh_until_lifted(client, clock):
    tokens = signup_and_verify(client, "suspend.me@example.com")
    from modules.accounts.models import User

    person = User.objects.get(email="suspend.me@example.com")
    manager = UserFactory(role="manager")
    suspension = _suspend(client, manager, person).json()
    assert login(client, "suspend.me@example.com", PASSWORD).status_code != 200
    assert _refresh(client, tokens["refresh_token"]).status_code == 401
    lifted = _post(client, f"/api/admin/suspensions/{suspension['id']}/lift", manager, {"reason": "appeal upheld"})
    assert lifted.status_code == 200
    assert lifted.json()["lifted_by_id"] == manager.pk
    assert login(client, "suspend.me@example.com", PASSWORD).status_code == 200
    again = _post(client, f"/api/admin/suspensions/{suspension['id']}/lift", manager, {"reason": "twice"})
    assert (again.status_code, again.json()["code"]) == (409, "suspension_ended")


def test_a_suspension_ends_by_itself_at_its_end_date(client, clock):
    person = UserFactory()
    _suspend(client, UserFactory(role="manager"), person, ends_at=(NOW + timedelta(days=3)).isoformat())
    clock.advance(timedelta(days=2))
    assert suspensions_end_expired() == 0
    clock.advance(timedelta(days=1, minutes=1))
    assert suspensions_end_expired() == 1
    person.refresh_from_db()
    assert person.is_active
    ended = Suspension.objects.get(user=person)
    assert ended.lifted_at is not None
    assert ended.lifted_by_id is None
    assert client.get("/api/users/me", headers=bearer(person)).status_code == 200


def test_who_may_suspend_whom_and_nothing_changes_when_refused(client, clock):
    manager, admin, other_manager = UserFactory(role="manager"), UserFactory(role="admin"), UserFactory(role="manager")
    person = UserFactory()
    for caller in (UserFactory(), FriendFactory()):
        assert _suspend(client, caller, person).status_code == 403
    assert _suspend(client, manager, other_manager).status_code == 403  # staff accounts: admins only
    assert _suspend(client, manager, manager).status_code == 403
    past = _suspend(client, manager, person, ends_at=(NOW - timedelta(hours=1)).isoformat())
    assert past.status_code == 422
    assert not Suspension.objects.exists()
    assert not AuditEntry.objects.exists()
    person.refresh_from_db()
    assert person.is_active
    assert _suspend(client, admin, other_manager).status_code == 201


def test_the_audit_log_is_for_admins(client, clock):
    manager, admin = UserFactory(role="manager"), UserFactory(role="admin")
    person = UserFactory()
    _suspend(client, manager, person)
    assert client.get("/api/admin/audit", headers=bearer(manager)).status_code == 403
    log = client.get("/api/admin/audit", {"target_type": "user", "target_id": person.pk}, headers=bearer(admin)).json()
    assert {(e["action"], e["actor_id"]) for e in log["items"]} >= {("account.suspend", manager.pk)}
    assert all(e["reason"] for e in log["items"])
