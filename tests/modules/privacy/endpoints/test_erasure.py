"""Erasure: asked for with proof, carried out after the grace period unless cancelled, by every
module; afterwards no table and no stored object holds the person's email, name or avatar."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.db import models

from modules.booking.models import Session
from modules.chat.models import Message
from modules.chat.public import conversation_ensure_direct
from modules.feedback.models import Rating
from modules.notifications.models import Device, Notification
from modules.personality.models import QuestionnaireAnswers
from modules.privacy.models import ErasureRequest
from modules.privacy.public import erasures_run_due
from modules.privacy.services.erasure import erase_person
from tests.clock import NOW
from tests.modules.accounts.factories import FriendFactory, UserFactory, bearer
from tests.modules.booking.factories import SessionFactory
from tests.modules.matching.factories import answer

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"  # the factories' password


def _erase_me(client, who, password=PASSWORD):
    body = {} if password is None else {"password": password}
    return client.delete("/api/users/me", data=json.dumps(body), content_type="application/json", headers=bearer(who))


def _traces(*values: str) -> list[str]:
    """Every (table, column) whose stored text contains one of the values."""
    found = []
    for model in apps.get_models():
        text_fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        for name in text_fields:
            for stored in model._default_manager.values_list(name, flat=True):
                text = json.dumps(stored) if not isinstance(stored, str) else stored
                for value in values:
                    if value and value.lower() in (text or "").lower():
                        found.append(f"{model._meta.label}.{name}")
    return found


def test_the_password_is_needed_and_nothing_happens_without_it(client, clock):
    me = UserFactory()
    refused = _erase_me(client, me, "not my password")
    assert (refused.status_code, refused.json()["code"]) == (403, "password_incorrect")
    assert _erase_me(client, me, None).json()["code"] == "recent_login_required"
    assert not ErasureRequest.objects.exists()


def test_a_request_waits_seven_days_and_can_be_cancelled(client, clock):
    me = UserFactory()
    accepted = _erase_me(client, me)
    assert accepted.status_code == 202, accepted.content
    assert _erase_me(client, me).status_code == 202  # asking again changes nothing
    assert ErasureRequest.objects.filter(user=me).count() == 1
    status = client.get("/api/users/me/erasure", headers=bearer(me)).json()
    assert status["status"] == "pending"
    assert status["due_at"].startswith((NOW + timedelta(days=7)).date().isoformat())
    clock.advance(timedelta(days=6))
    assert erasures_run_due() == 0
    assert client.post("/api/users/me/erasure/cancel", headers=bearer(me)).status_code == 204
    assert client.post("/api/users/me/erasure/cancel", headers=bearer(me)).status_code == 404
    clock.advance(timedelta(days=2))
    assert erasures_run_due() == 0
    me.refresh_from_db()
    assert me.is_active
    assert client.get("/api/users/me/erasure", headers=bearer(me)).json()["status"] == "cancelled"


def test_a_recent_sign_in_stands_in_for_the_password(client):
    # The real clock: the token below was just minted, as after a fresh sign-in.
    me = UserFactory()
    me.set_unusable_password()
    me.save()
    headers = bearer(me)  # minted now: a fresh sign-in
    fresh = client.delete("/api/users/me", data="{}", content_type="application/json", headers=headers)
    assert fresh.status_code == 202, fresh.content


def test_erasure_leaves_no_trace_of_the_person_and_keeps_what_others_need(
    client, clock, fakes, django_capture_on_commit_callbacks
):
    me = UserFactory(email="erase.me@example.com")
    me.profile.display_name = "Zebulon Erasable"
    me.profile.bio = "I like long walks"
    me.profile.avatar_key = f"avatars/{me.pk}/face.png"
    me.profile.save()
    fakes.media.put(key=me.profile.avatar_key, data=b"\x89PNG....", content_type="image/png")
    friend = FriendFactory()
    answer(me)
    Device.objects.create(user=me, token="device-token-of-zebulon", platform="ios")
    Notification.objects.create(user=me, key="k-1", kind="test", title="Hi Zebulon Erasable", body="b")
    conversation = conversation_ensure_direct(user_id=me.pk, friend_id=friend.pk)
    Message.objects.create(conversation_id=conversation, seq=1, sender=me, client_id="c1", body="hello", created_at=NOW)
    upcoming = SessionFactory(user=me, friend=friend, start=NOW + timedelta(days=10))
    Rating.objects.create(
        session_id=123, rater=me, ratee=friend, rater_side="user", stars=5, comment="Zebulon Erasable says thanks",
        show_identity=True, counted=True, created_at=NOW,
    )  # fmt: skip
    old_headers = bearer(me)

    assert _erase_me(client, me).status_code == 202
    clock.advance(timedelta(days=7, minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert erasures_run_due() == 1

    assert _traces("erase.me@example.com", "Zebulon Erasable", "I like long walks", "face.png") == []
    assert not [key for key in fakes.media.objects if key.startswith(f"avatars/{me.pk}/")]
    me.refresh_from_db()
    assert not me.is_active
    assert not me.has_usable_password()
    assert client.get("/api/users/me", headers=old_headers).status_code == 401
    assert not QuestionnaireAnswers.objects.filter(user=me).exists()
    assert not Device.objects.filter(user=me).exists()
    # What the other side needs stays: the message (from "Deleted user"), the cancelled session.
    assert Message.objects.filter(sender=me).count() == 1
    assert Session.objects.get(pk=upcoming.pk).status == "cancelled"
    assert Rating.objects.get(rater=me).stars == 5
    assert ErasureRequest.objects.get(user=me).status == "done"
    # Idempotent: a second run finds nothing due, erasing again changes nothing.
    assert erasures_run_due() == 0
    erase_person(me.pk)
    assert _traces("erase.me@example.com", "Zebulon Erasable") == []


def test_only_admins_run_a_verified_erasure_at_once(client, clock):
    target = UserFactory(email="verified.request@example.com")
    body = json.dumps({"user_id": target.pk})
    for who in (UserFactory(), FriendFactory(), UserFactory(role="manager")):
        refused = client.post(
            "/api/admin/privacy/erasures", data=body, content_type="application/json", headers=bearer(who)
        )
        assert refused.status_code == 403
    target.refresh_from_db()
    assert target.is_active
    admin = UserFactory(role="admin")
    done = client.post("/api/admin/privacy/erasures", data=body, content_type="application/json", headers=bearer(admin))
    assert done.status_code == 201, done.content
    assert done.json()["status"] == "done"
    assert _traces("verified.request@example.com") == []
