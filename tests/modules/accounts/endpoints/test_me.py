from __future__ import annotations

import json

import pytest

from modules.accounts.models import Profile, User
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


def test_me_requires_a_token(client):
    response = client.get("/api/users/me")
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["code"] == "not_authenticated"


def test_me_returns_own_profile(client):
    user = UserFactory(email="ann@example.com")
    response = client.get("/api/users/me", headers=bearer(user))
    assert response.status_code == 200
    body = response.json()
    assert body["email"] == "ann@example.com"
    assert body["role"] == "user"


def test_me_is_one_query(client, django_assert_num_queries):
    user = UserFactory()
    headers = bearer(user)
    with django_assert_num_queries(1):
        assert client.get("/api/users/me", headers=headers).status_code == 200


def test_patch_me_updates_editable_fields(client):
    user = UserFactory()
    response = client.patch(
        "/api/users/me",
        data=json.dumps({"display_name": "Ann", "languages": ["en", "pt-BR"], "timezone": "Europe/Lisbon"}),
        content_type="application/json",
        headers=bearer(user),
    )
    assert response.status_code == 200, response.content
    profile = Profile.objects.get(user=user)
    assert (profile.display_name, profile.languages, profile.timezone) == ("Ann", ["en", "pt-BR"], "Europe/Lisbon")


@pytest.mark.parametrize(
    "payload",
    [
        {"role": "admin"},
        {"is_staff": True},
        {"display_name": "x", "role": "admin"},
    ],
)
def test_patch_me_refuses_server_owned_fields(client, payload):
    user = UserFactory()
    response = client.patch(
        "/api/users/me", data=json.dumps(payload), content_type="application/json", headers=bearer(user)
    )
    assert response.status_code == 422
    user.refresh_from_db()
    assert (user.role, user.is_staff) == ("user", False)
    assert Profile.objects.get(user=user).display_name != "x"


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b"{not json", "application/json", 400, "malformed_body"),
        (b'{"bio": "\xff\xfe"}', "application/json", 400, "malformed_body"),
        (b'{"bio": "a\\u0000b"}', "application/json", 422, "invalid_input"),
        (b"bio=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
        (b'{"timezone": "Mars/Olympus"}', "application/json", 422, "invalid_input"),
        (b'{"languages": "en"}', "application/json", 422, "invalid_input"),
        (b'{"bio": ' + b'"' + b"x" * 300_000 + b'"}', "application/json", 413, "payload_too_large"),
    ],
)
def test_patch_me_bad_input_is_a_clear_4xx_and_writes_nothing(client, body, content_type, status, code):
    user = UserFactory()
    before = Profile.objects.filter(user=user).values().get()
    response = client.generic("PATCH", "/api/users/me", data=body, content_type=content_type, headers=bearer(user))
    assert response.status_code == status, response.content
    problem = response.json()
    assert problem["code"] == code
    assert set(problem) >= {"type", "title", "status", "detail", "code", "errors"}
    assert Profile.objects.filter(user=user).values().get() == before


def test_deactivated_user_is_refused_on_next_request(client):
    user = UserFactory()
    headers = bearer(user)
    assert client.get("/api/users/me", headers=headers).status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert client.get("/api/users/me", headers=headers).status_code == 401
