"""GET /api/users/me/export: everything about the caller, nothing about anybody else, no secrets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from modules.privacy.services.export import NOT_EXPORTED, personal_data_export
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory
from tests.modules.matching.factories import answer

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


def test_the_export_has_my_data_and_not_the_other_sides_words_nor_secrets(client):
    me, friend = UserFactory(email="me@example.com"), FriendFactory(email="them@example.com")
    answer(me)
    session = SessionFactory(user=me, friend=friend, start=NOW + timedelta(days=1))
    conversation = conversation_ensure_direct(user_id=me.pk, friend_id=friend.pk)
    Message.objects.create(
        conversation_id=conversation, seq=1, sender=me, client_id="a", body="my words", created_at=NOW
    )
    Message.objects.create(
        conversation_id=conversation, seq=2, sender=friend, client_id="b", body="their words", created_at=NOW
    )
    response = client.get("/api/users/me/export", headers=bearer(me))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "no-store"
    archive = json.loads(response.content)
    tables = archive["tables"]
    assert archive["user_id"] == me.pk
    assert tables["accounts.User"][0]["email"] == "me@example.com"
    assert "password" not in tables["accounts.User"][0]
    assert [s["id"] for s in tables["booking.Session"]] == [session.pk]
    assert [m["body"] for m in tables["chat.Message"]] == ["my words"]
    assert tables["personality.QuestionnaireAnswers"][0]["answers"]
    text = response.content.decode()
    assert "their words" not in text
    assert "them@example.com" not in text
    assert me.password not in text


def test_nobody_exports_anybody_else(client):
    assert client.get("/api/users/me/export").status_code == 401
    other = UserFactory(email="other@example.com")
    text = client.get("/api/users/me/export", headers=bearer(UserFactory())).content.decode()
    assert "other@example.com" not in text
    assert f'"user_id": {other.pk}' not in text
