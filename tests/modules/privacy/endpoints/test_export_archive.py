"""The export as a zip: built by a task (data.json and the person's media), downloaded by a
short-lived link, gone after its window (retention) and on erasure."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest

from modules.accounts.models import Profile
from modules.privacy.models import ExportArchive
from modules.privacy.public import retention_run
from modules.privacy.services.erasure import erase_person
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db
URL = "/api/users/me/export/archive"
AVATAR = b"\x89PNG\r\n\x1a\n-avatar-bytes"


def _download(fakes, url: str) -> bytes:
    query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    data, content_type = fakes.media.open_download(
        key=query["key"], expires=query["expires"], signature=query["signature"]
    )
    assert content_type == "application/zip"
    return data


@pytest.fixture
def me(fakes):
    user = UserFactory()
    key = f"avatars/{user.pk}/a.png"
    fakes.media.put(key=key, data=AVATAR, content_type="image/png")
    Profile.objects.filter(user=user).update(avatar_key=key)
    return user


def test_the_zip_holds_my_data_and_my_media(client, clock, fakes, me, django_capture_on_commit_callbacks):
    assert client.get(URL, headers=bearer(me)).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post(URL, headers=bearer(me))
    assert asked.status_code == 202
    body = client.get(URL, headers=bearer(me)).json()
    assert (body["id"], body["status"]) == (asked.json()["id"], "ready")
    assert body["expires_at"].startswith((clock.now() + timedelta(hours=24)).date().isoformat())
    with zipfile.ZipFile(io.BytesIO(_download(fakes, body["download_url"]))) as zf:
        data = json.loads(zf.read("data.json"))
        assert data["user_id"] == me.pk
        assert data["tables"]["accounts.User"][0]["email"] == me.email
        assert zf.read(f"media/avatars/{me.pk}/a.png") == AVATAR
    # Someone else sees nothing of it.
    assert client.get(URL, headers=bearer(UserFactory())).status_code == 404


def test_asking_again_while_building_answers_the_same_archive(client, clock, me):
    first = client.post(URL, headers=bearer(me)).json()  # its task waits for a commit that never comes
    again = client.post(URL, headers=bearer(me)).json()
    assert (again["id"], again["status"], again["download_url"]) == (first["id"], "pending", None)
    assert ExportArchive.objects.count() == 1


def test_after_its_window_the_file_is_deleted(client, clock, fakes, me, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, headers=bearer(me))
    key = ExportArchive.objects.get().key
    assert fakes.media.read(key=key) is not None
    clock.advance(timedelta(hours=23))
    assert retention_run()["privacy.export_archives"] == 0
    clock.advance(timedelta(hours=2))
    assert retention_run()["privacy.export_archives"] == 1
    assert fakes.media.read(key=key) is None
    body = client.get(URL, headers=bearer(me)).json()
    assert (body["status"], body["download_url"]) == ("expired", None)


def test_erasure_removes_archives_and_their_files(client, clock, fakes, me, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, headers=bearer(me))
    key = ExportArchive.objects.get().key
    with django_capture_on_commit_callbacks(execute=True):
        erase_person(me.pk)
    assert not ExportArchive.objects.exists()
    assert fakes.media.read(key=key) is None
