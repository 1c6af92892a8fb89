"""core.identity.require_staff: the one staff check, with one stable code."""

from __future__ import annotations

import pytest

from core.errors import PermissionDenied
from core.identity import Actor, Role, require_staff

STAFF = [Actor(1, Role.MANAGER), Actor(1, Role.ADMIN), Actor(1, Role.USER, is_superuser=True)]


@pytest.mark.parametrize("actor", STAFF)
def test_staff_pass(actor):
    require_staff(actor)


@pytest.mark.parametrize("role", [Role.USER, Role.FRIEND])
def test_others_are_refused_with_staff_only_and_the_callers_words(role):
    with pytest.raises(PermissionDenied) as refused:
        require_staff(Actor(1, role), "Only staff handle reports.")
    assert refused.value.code == "staff_only"
    assert refused.value.detail == "Only staff handle reports."
