"""One contract for every MediaStorage: the in-memory fake and S3 (under moto, with S3's POST policy rules)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
import requests
from moto import mock_aws

from adapters.media.fake import DownloadLinkInvalid, FakeMediaStorage, UploadRejected
from adapters.media.s3_storage import S3MediaStorage
from core.clock import FrozenClock
from core.ports.media import MediaStorage, PresignedUpload
from tests.adapters.media.s3_post_policy import policy_refusal

BUCKET = "hl-contract-media"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


@dataclass
class Harness:
    storage: MediaStorage
    # POST a form (the presigned fields, possibly tampered) with a file; True if the store accepted it.
    post_form: Callable[[PresignedUpload, dict[str, str], bytes], bool]
    # GET a presigned download URL; the bytes, or None if refused.
    get: Callable[[str], bytes | None]
    clock: FrozenClock


def _fake(directory: Path | None = None) -> Harness:
    clock = FrozenClock(datetime.now(UTC))
    fake = FakeMediaStorage(base_url="http://testserver/dev/media", signing_key="k", clock=clock, directory=directory)

    def post_form(upload: PresignedUpload, fields: dict[str, str], data: bytes) -> bool:
        try:
            fake.receive_upload(fields=fields, data=data)
        except UploadRejected:
            return False
        return True

    def get(url: str) -> bytes | None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        try:
            return fake.open_download(
                key=query.get("key", ""), expires=query.get("expires", ""), signature=query.get("signature", "")
            )[0]
        except DownloadLinkInvalid:
            return None

    return Harness(fake, post_form, get, clock)


@pytest.fixture
def s3_harness(monkeypatch) -> Iterator[Harness]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    clock = FrozenClock(datetime.now(UTC))
    with mock_aws():
        boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
        secret = boto3.Session().get_credentials().secret_key
        storage = S3MediaStorage(bucket=BUCKET, region="us-east-1", clock=clock)

        def post_form(upload: PresignedUpload, fields: dict[str, str], data: bytes) -> bool:
            if policy_refusal(fields=fields, bucket=BUCKET, size=len(data), secret=secret, now=clock.now()):
                return False
            response = requests.post(upload.url, data=fields, files={"file": ("upload", data)}, timeout=5)
            assert response.status_code == 204, response.text
            return True

        def get(url: str) -> bytes | None:
            response = requests.get(url, timeout=5)
            return response.content if response.status_code == 200 else None

        yield Harness(storage, post_form, get, clock)


@pytest.fixture(params=["fake", "fake-directory", "s3"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Harness:
    if request.param == "fake":
        return _fake()
    if request.param == "fake-directory":
        return _fake(tmp_path / "media")
    return request.getfixturevalue("s3_harness")


def test_the_directory_backed_fake_is_one_bucket_for_several_processes(tmp_path: Path):
    """`make run` seeds in one process and serves from another: both see and delete the same objects."""
    seeder, server = _fake(tmp_path).storage, _fake(tmp_path).storage
    seeder.put(key="recordings/1/a.wav", data=b"RIFF....", content_type="audio/wav")
    assert server.read(key="recordings/1/a.wav") == b"RIFF...."
    assert server.stat(key="recordings/1/a.wav").content_type == "audio/wav"
    assert server.delete_prefix(prefix="recordings/1/") == 1
    assert seeder.read(key="recordings/1/a.wav") is None
    assert list(tmp_path.iterdir()) == []


def _upload(harness: Harness, key: str = "avatars/1/abc", content_type: str = "image/png", max_bytes: int = 1000):
    return harness.storage.presign_upload(
        key=key, content_type=content_type, max_bytes=max_bytes, expires_in_seconds=300
    )


def test_presigned_upload_round_trip(harness):
    upload = _upload(harness)
    assert (upload.key, upload.content_type, upload.max_bytes) == ("avatars/1/abc", "image/png", 1000)
    assert harness.clock.now() < upload.expires_at <= harness.clock.now() + timedelta(seconds=300)
    assert harness.post_form(upload, dict(upload.fields), PNG)
    stored = harness.storage.stat(key="avatars/1/abc")
    assert stored is not None
    assert (stored.size, stored.content_type) == (len(PNG), "image/png")
    assert harness.get(harness.storage.presign_download(key="avatars/1/abc", expires_in_seconds=60)) == PNG


@pytest.mark.parametrize(
    ("field", "value"),
    [("key", "avatars/2/stolen"), ("key", "avatars/1/abc-other"), ("Content-Type", "text/html")],
)
def test_presigned_upload_refuses_another_key_or_type(harness, field, value):
    upload = _upload(harness)
    assert not harness.post_form(upload, {**upload.fields, field: value}, PNG)
    assert harness.storage.stat(key=value) is None
    assert harness.storage.stat(key="avatars/1/abc") is None


def test_presigned_upload_refuses_too_large_and_empty(harness):
    upload = _upload(harness, max_bytes=len(PNG) - 1)
    assert not harness.post_form(upload, dict(upload.fields), PNG)
    assert not harness.post_form(upload, dict(upload.fields), b"")
    assert harness.storage.stat(key="avatars/1/abc") is None


def test_presigned_upload_expires(harness):
    upload = _upload(harness)
    # Far past the 5-minute policy: boto3 stamps the policy with the real time, which may run
    # ahead of the harness clock on a loaded machine.
    harness.clock.advance(timedelta(hours=1))
    assert not harness.post_form(upload, dict(upload.fields), PNG)


def test_objects_are_private(harness):
    harness.storage.put(key="avatars/1/p", data=b"secret", content_type="image/png")
    url = harness.storage.presign_download(key="avatars/1/p", expires_in_seconds=60)
    unsigned = url.split("?", 1)[0]
    assert harness.get(unsigned) is None
    assert harness.get(url) == b"secret"


# moto does not check presigned GET signatures of existing objects, so only the fake's links are
# checked for tampering and expiry here (S3's own checks are AWS's job).
def test_fake_download_links_are_signed_and_expire():
    harness = _fake()
    harness.storage.put(key="avatars/1/p", data=b"secret", content_type="image/png")
    harness.storage.put(key="avatars/1/q", data=b"other", content_type="image/png")
    url = harness.storage.presign_download(key="avatars/1/p", expires_in_seconds=60)
    assert harness.get(url.replace("avatars%2F1%2Fp", "avatars%2F1%2Fq")) is None
    harness.clock.advance(timedelta(seconds=61))
    assert harness.get(url) is None


def test_stat_missing_is_none_and_delete_is_idempotent(harness):
    assert harness.storage.stat(key="nothing/here") is None
    harness.storage.put(key="a/b", data=b"x", content_type="image/webp")
    harness.storage.delete(key="a/b")
    harness.storage.delete(key="a/b")
    assert harness.storage.stat(key="a/b") is None


def test_read_returns_the_bytes_or_none(harness):
    assert harness.storage.read(key="exports/1/none.zip") is None
    harness.storage.put(key="exports/1/a.zip", data=PNG, content_type="application/zip")
    assert harness.storage.read(key="exports/1/a.zip") == PNG


def test_delete_prefix_removes_only_that_prefix_across_pages(harness):
    for i in range(1005):  # more than one S3 list page (1000)
        harness.storage.put(key=f"avatars/7/{i:04}", data=b"x", content_type="image/png")
    harness.storage.put(key="avatars/70/keep", data=b"x", content_type="image/png")
    assert harness.storage.delete_prefix(prefix="avatars/7/") == 1005
    assert harness.storage.stat(key="avatars/7/0000") is None
    assert harness.storage.stat(key="avatars/70/keep") is not None
    with pytest.raises(ValueError):
        harness.storage.delete_prefix(prefix="")
