"""Privacy's erasure services without HTTP: one pending request, a grace period, admins only at once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import NotFound, PermissionDenied
from core.identity import Actor, Role
from modules.accounts.models import User
from modules.privacy.models import ErasureRequest
from modules.privacy.services import erasure
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_second_request_while_one_is_pending_is_that_one():
    person = UserFactory()
    first = erasure.erasure_record(user_id=person.pk, requested_by=person.pk, now=NOW)
    again = erasure.erasure_record(user_id=person.pk, requested_by=person.pk, now=NOW + timedelta(days=1))
    assert again.id == first.id
    assert first.due_at == NOW + erasure.GRACE_PERIOD


def test_the_grace_period_runs_its_course_once_unless_cancelled():
    kept, erased = UserFactory(), UserFactory()
    for person in (kept, erased):
        erasure.erasure_record(user_id=person.pk, requested_by=person.pk, now=NOW)
    erasure.erasure_cancel(actor=Actor(kept.pk, Role.USER), now=NOW + timedelta(days=1))
    with pytest.raises(NotFound):
        erasure.erasure_cancel(actor=Actor(kept.pk, Role.USER), now=NOW + timedelta(days=1))

    assert erasure.erasures_run_due(now=NOW + erasure.GRACE_PERIOD - timedelta(seconds=1)) == 0
    assert erasure.erasures_run_due(now=NOW + erasure.GRACE_PERIOD) == 1
    assert erasure.erasures_run_due(now=NOW + erasure.GRACE_PERIOD * 2) == 0
    assert User.objects.get(pk=kept.pk).is_active
    assert not User.objects.get(pk=erased.pk).is_active
    statuses = dict(ErasureRequest.objects.values_list("user_id", "status"))
    assert statuses == {kept.pk: ErasureRequest.Status.CANCELLED, erased.pk: ErasureRequest.Status.DONE}


def test_only_an_admin_erases_at_once_and_never_themselves():
    admin = Actor(UserFactory(role=Role.ADMIN, is_staff=True).pk, Role.ADMIN)
    manager = Actor(UserFactory(role=Role.MANAGER, is_staff=True).pk, Role.MANAGER)
    person = UserFactory()
    for actor, user_id in ((manager, person.pk), (admin, admin.user_id)):
        with pytest.raises(PermissionDenied):
            erasure.erasure_run_for(actor=actor, user_id=user_id, now=NOW)
    assert not ErasureRequest.objects.exists()
    done = erasure.erasure_run_for(actor=admin, user_id=person.pk, now=NOW)
    assert done.status == ErasureRequest.Status.DONE
