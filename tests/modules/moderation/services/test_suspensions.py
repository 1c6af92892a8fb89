"""Moderation's services without HTTP: suspensions lock out and let back in, every step audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import Conflict, InvalidInput, PermissionDenied
from core.identity import Actor, Role
from core.pagination import PageRequest
from modules.accounts.models import User
from modules.moderation.models import AuditEntry, Suspension
from modules.moderation.services import audit, suspensions
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory

pytestmark = pytest.mark.django_db


def _manager() -> Actor:
    return Actor(UserFactory(role=Role.MANAGER, is_staff=True).pk, Role.MANAGER)


def test_a_suspension_deactivates_and_is_audited_and_a_second_one_is_refused():
    manager, friend = _manager(), FriendFactory()
    view = suspensions.suspension_create(actor=manager, user_id=friend.pk, reason="spam", ends_at=None, now=NOW)
    assert view.user_id == friend.pk
    assert not User.objects.get(pk=friend.pk).is_active
    assert AuditEntry.objects.filter(action="account.suspend", target_id=friend.pk, actor_id=manager.user_id).exists()
    with pytest.raises(Conflict):
        suspensions.suspension_create(actor=manager, user_id=friend.pk, reason="again", ends_at=None, now=NOW)
    assert Suspension.objects.count() == 1


def test_refusals_change_nothing():
    person = UserFactory()
    with pytest.raises(PermissionDenied) as refused:
        suspensions.suspension_create(
            actor=Actor(UserFactory().pk, Role.USER), user_id=person.pk, reason="x", ends_at=None, now=NOW
        )
    assert refused.value.code == "staff_only"
    with pytest.raises(InvalidInput):
        suspensions.suspension_create(actor=_manager(), user_id=person.pk, reason="x", ends_at=NOW, now=NOW)
    assert User.objects.get(pk=person.pk).is_active
    assert not Suspension.objects.exists()
    assert not AuditEntry.objects.exists()


def test_lifting_and_expiry_let_the_person_back_in_once():
    manager, a, b = _manager(), UserFactory(), UserFactory()
    lifted = suspensions.suspension_create(actor=manager, user_id=a.pk, reason="r", ends_at=None, now=NOW)
    suspensions.suspension_create(actor=manager, user_id=b.pk, reason="r", ends_at=NOW + timedelta(days=1), now=NOW)

    suspensions.suspension_lift(actor=manager, suspension_id=lifted.id, reason="appeal", now=NOW)
    with pytest.raises(Conflict):
        suspensions.suspension_lift(actor=manager, suspension_id=lifted.id, reason="appeal", now=NOW)
    assert suspensions.suspensions_end_expired(now=NOW + timedelta(hours=23)) == 0
    assert suspensions.suspensions_end_expired(now=NOW + timedelta(days=1)) == 1
    assert suspensions.suspensions_end_expired(now=NOW + timedelta(days=2)) == 0
    assert User.objects.filter(pk__in=[a.pk, b.pk], is_active=True).count() == 2
    active = suspensions.suspensions_list(actor=manager, user_id=None, active=True, page=PageRequest())
    assert active.total == 0


def test_the_audit_log_is_for_admins_only():
    admin = Actor(UserFactory(role=Role.ADMIN, is_staff=True).pk, Role.ADMIN)
    suspensions.suspension_create(actor=admin, user_id=UserFactory().pk, reason="r", ends_at=None, now=NOW)
    with pytest.raises(PermissionDenied):
        audit.audit_list(
            actor=_manager(), actor_id=None, action=None, target_type=None, target_id=None, page=PageRequest()
        )
    page = audit.audit_list(
        actor=admin, actor_id=admin.user_id, action=None, target_type=None, target_id=None, page=PageRequest()
    )
    assert sorted(e.action for e in page.items) == ["account.deactivate", "account.suspend"]
