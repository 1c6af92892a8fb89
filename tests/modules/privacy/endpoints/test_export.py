"""GET /api/users/me/export: everything about the caller, nothing about anybody else, no secrets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory
from tests.modules.matching.factories import answer

pytestmark = pytest.mark.django_db


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
