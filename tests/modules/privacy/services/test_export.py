"""The export service covers every table that references a person (or says why not)."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from modules.privacy.services.export import NOT_EXPORTED, personal_data_export
from tests.clock import NOW
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _tables_referencing_a_person() -> set[str]:
    user_model = get_user_model()
    found = {user_model._meta.label}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                found.add(model._meta.label)
    return found


def test_every_table_that_references_a_person_is_exported_or_excluded_with_a_reason():
    exported = set(personal_data_export(user_id=UserFactory().pk, now=NOW)["tables"])
    missing = _tables_referencing_a_person() - exported - set(NOT_EXPORTED)
    assert not missing, f"export these tables or list them in NOT_EXPORTED with a reason: {sorted(missing)}"
    assert all(reason.strip() for reason in NOT_EXPORTED.values())
