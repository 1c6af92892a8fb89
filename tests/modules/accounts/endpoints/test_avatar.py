from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from modules.accounts.domain.avatar import AVATAR_MAX_BYTES
from modules.accounts.models import Profile
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


def _post(client, path, payload, user):
    return client.post(path, data=json.dumps(payload), content_type="application/json", headers=bearer(user))


def _start(client, user, content_type="image/png"):
    response = _post(client, "/api/users/me/avatar/upload", {"content_type": content_type}, user)
    assert response.status_code == 200, response.content
    return response.json()


def _upload(client, form, user, data=PNG, **overrides):
    """POST the presigned form the way a browser would: fields first, then the file. The dev
    stand-in for S3 also wants the form's owner signed in (tests/entrypoints/test_dev_pages.py)."""
    fields = {**form["fields"], **overrides}
    return client.post(
        urlsplit(form["url"]).path, data={**fields, "file": SimpleUploadedFile("a.png", data)}, headers=bearer(user)
    )


def _avatar_key(user) -> str:
    return Profile.objects.get(user=user).avatar_key


def test_upload_start_is_scoped_to_my_prefix_and_short_lived(client):
    user = UserFactory()
    form = _start(client, user, "image/webp")
    assert form["key"].startswith(f"avatars/{user.pk}/")
    assert form["fields"]["key"] == form["key"]
    assert (form["content_type"], form["max_bytes"]) == ("image/webp", AVATAR_MAX_BYTES)
    expires_at = datetime.fromisoformat(form["expires_at"])
    assert datetime.now(UTC) < expires_at <= datetime.now(UTC) + timedelta(minutes=5)
    assert _start(client, user)["key"] != form["key"]


@pytest.mark.parametrize(
    "payload", [{"content_type": "image/gif"}, {"content_type": "text/html"}, {"content_type": ""}, {}]
)
def test_upload_start_refuses_other_types(client, payload):
    response = _post(client, "/api/users/me/avatar/upload", payload, UserFactory())
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_input"


def test_upload_start_refuses_server_owned_fields(client):
    response = _post(
        client, "/api/users/me/avatar/upload", {"content_type": "image/png", "max_bytes": 10**9}, UserFactory()
    )
    assert response.status_code == 422


def test_avatar_endpoints_need_a_token(client):
    assert client.post("/api/users/me/avatar/upload", data="{}", content_type="application/json").status_code == 401
    assert client.post("/api/users/me/avatar", data="{}", content_type="application/json").status_code == 401
    assert client.delete("/api/users/me/avatar").status_code == 401


def test_full_flow_upload_confirm_show(client, fakes):
    user = UserFactory()
    form = _start(client, user)
    assert _upload(client, form, user).status_code == 204
    response = _post(client, "/api/users/me/avatar", {"key": form["key"]}, user)
    assert response.status_code == 200, response.content
    assert _avatar_key(user) == form["key"]
    avatar_url = response.json()["avatar_url"]
    me = client.get("/api/users/me", headers=bearer(user)).json()
    assert me["avatar_url"]
    expires = int(parse_qs(urlsplit(me["avatar_url"]).query)["expires"][0])
    assert expires <= datetime.now(UTC).timestamp() + 600
    image = client.get(urlsplit(avatar_url).path + "?" + urlsplit(avatar_url).query)
    assert (image.status_code, image.content, image["Content-Type"]) == (200, PNG, "image/png")


def test_me_with_an_avatar_is_still_one_query(client, fakes, django_assert_num_queries):
    user = UserFactory()
    key = f"avatars/{user.pk}/" + "a" * 32
    fakes.media.put(key=key, data=PNG, content_type="image/png")
    Profile.objects.filter(user=user).update(avatar_key=key)
    headers = bearer(user)
    with django_assert_num_queries(1):
        response = client.get("/api/users/me", headers=headers)
    assert response.json()["avatar_url"]


def test_replacing_the_avatar_deletes_the_previous_object(client, fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    keys = []
    for _ in range(2):
        form = _start(client, user)
        assert _upload(client, form, user).status_code == 204
        with django_capture_on_commit_callbacks(execute=True):
            assert _post(client, "/api/users/me/avatar", {"key": form["key"]}, user).status_code == 200
        keys.append(form["key"])
    assert _avatar_key(user) == keys[1]
    assert fakes.media.stat(key=keys[0]) is None
    assert fakes.media.stat(key=keys[1]) is not None


def test_delete_avatar(client, fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    form = _start(client, user)
    _upload(client, form, user)
    _post(client, "/api/users/me/avatar", {"key": form["key"]}, user)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.delete("/api/users/me/avatar", headers=bearer(user)).status_code == 204
    assert _avatar_key(user) == ""
    assert fakes.media.stat(key=form["key"]) is None
    assert client.get("/api/users/me", headers=bearer(user)).json()["avatar_url"] is None
    assert client.delete("/api/users/me/avatar", headers=bearer(user)).status_code == 204


def _stored(fakes, key, *, size=64, content_type="image/png"):
    fakes.media.put(key=key, data=b"x" * size, content_type=content_type)
    return key


@pytest.mark.parametrize(
    "make_key",
    [
        # another user's upload, really stored
        lambda fakes, me, other: _stored(fakes, f"avatars/{other.pk}/" + "b" * 32),
        # prefix tricks
        lambda fakes, me, other: _stored(fakes, f"avatars/{me.pk}/../{other.pk}/" + "b" * 26),
        lambda fakes, me, other: _stored(fakes, f"avatars/{me.pk}0/" + "b" * 32),
        lambda fakes, me, other: _stored(fakes, f"other/{me.pk}/" + "b" * 32),
        # my prefix, but nothing uploaded
        lambda fakes, me, other: f"avatars/{me.pk}/" + "c" * 32,
        # my prefix, wrong type or too large
        lambda fakes, me, other: _stored(fakes, f"avatars/{me.pk}/" + "d" * 32, content_type="text/html"),
        lambda fakes, me, other: _stored(fakes, f"avatars/{me.pk}/" + "e" * 32, size=AVATAR_MAX_BYTES + 1),
    ],
)
def test_confirm_refuses_and_changes_nothing(client, fakes, make_key):
    me, other = UserFactory(), UserFactory()
    mine = _stored(fakes, f"avatars/{me.pk}/" + "m" * 32)
    Profile.objects.filter(user=me).update(avatar_key=mine)
    key = make_key(fakes, me, other)
    objects_before = dict(fakes.media.objects)
    response = _post(client, "/api/users/me/avatar", {"key": key}, me)
    assert response.status_code == 422, response.content
    assert response.json()["code"] == "invalid_input"
    assert (_avatar_key(me), _avatar_key(other)) == (mine, "")
    assert fakes.media.objects == objects_before


# --- the development stand-in for S3 (MEDIA_BACKEND=fake) ----------------------------------------
@pytest.mark.parametrize(
    ("overrides", "data"),
    [
        ({"Content-Type": "text/html"}, PNG),
        ({"key": "avatars/999/" + "z" * 32}, PNG),
        ({"x-fake-max-bytes": str(10 * AVATAR_MAX_BYTES)}, PNG),
        ({}, b"x" * (AVATAR_MAX_BYTES + 1)),
        ({}, b""),
        ({"x-fake-signature": "0" * 64}, PNG),
    ],
)
def test_dev_upload_enforces_the_policy(client, fakes, overrides, data):
    user = UserFactory()
    form = _start(client, user)
    response = _upload(client, form, user, data, **overrides)
    assert response.status_code in (400, 403)
    assert response.json()["code"] in ("upload_rejected", "bad_request")
    assert fakes.media.objects == {}


def test_dev_download_links_are_signed(client, fakes):
    fakes.media.put(key="avatars/1/x", data=PNG, content_type="image/png")
    url = urlsplit(fakes.media.presign_download(key="avatars/1/x", expires_in_seconds=60))
    assert client.get(f"{url.path}?{url.query}").status_code == 200
    assert client.get(f"{url.path}?{url.query.replace('avatars%2F1', 'avatars%2F2')}").status_code == 403
    assert client.get(url.path).status_code == 403


def test_dev_media_routes_exist_only_with_the_fake_backend(settings):
    import importlib

    import config.urls

    def route_names() -> set[str]:
        return {getattr(pattern, "name", None) for pattern in importlib.reload(config.urls).urlpatterns}

    try:
        settings.MEDIA_BACKEND = "s3"
        assert "dev-media-upload" not in route_names()
    finally:
        settings.MEDIA_BACKEND = "fake"
        assert {"dev-media-upload", "dev-media-download"} <= route_names()


def test_storage_outage_is_a_503_problem(client, fakes):
    fakes.media.unavailable = True
    response = _post(client, "/api/users/me/avatar/upload", {"content_type": "image/png"}, UserFactory())
    assert response.status_code == 503
    assert response.json()["code"] == "media_unavailable"


def test_avatar_operations_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/users/me/avatar/upload", "/api/users/me/avatar"} <= set(paths)
    assert {"post", "delete"} <= set(paths["/api/users/me/avatar"])
