"""One contract for every RtcRecorder: the in-memory fake (writing into the fake media store) and
Agora Cloud Recording (its REST API stubbed at the HTTP boundary, uploading into S3 under moto)."""

from __future__ import annotations

import base64
import io
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import boto3
import pytest
import responses
from moto import mock_aws

from adapters.media.fake import FakeMediaStorage
from adapters.media.s3_storage import S3MediaStorage
from adapters.rtc.agora_recording import AgoraRecorder
from adapters.rtc.fake_recorder import FakeRtcRecorder
from core.errors import InvalidInput
from core.ports.media import MediaStorage
from core.ports.recording import RecordingError, RecordingGone, RecordingHandle, RecordingUnavailable, RtcRecorder
from tests.adapters.rtc.agora_recording_stub import API, AgoraRecordingStub

BUCKET = "hl-contract-recordings"
APP_ID = "0123456789abcdef0123456789abcdef"
CHANNEL = "hl-session-42"
UID = 2**32 - 2


@dataclass
class Harness:
    recorder: RtcRecorder
    storage: MediaStorage
    # The recording ends without a stop (everyone left the call for Agora's maxIdleTime).
    end_by_itself: Callable[[RecordingHandle], None]
    go_down: Callable[[], None]


def _fake() -> Harness:
    media = FakeMediaStorage(signing_key="k")
    fake = FakeRtcRecorder(media=media)

    def go_down() -> None:
        fake.unavailable = True

    return Harness(fake, media, lambda handle: fake.end_by_itself(handle.sid), go_down)


@pytest.fixture
def agora_harness(monkeypatch) -> Iterator[Harness]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws(), responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        s3 = boto3.client("s3", region_name="eu-west-1")
        s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        stub = AgoraRecordingStub(app_id=APP_ID, customer_id="cust", customer_secret="secret", s3_client=s3)
        stub.install(mock)
        recorder = AgoraRecorder(
            app_id=APP_ID,
            customer_id="cust",
            customer_secret="secret",
            bucket=BUCKET,
            region="eu-west-1",
            access_key="AKIAUPLOADONLY",
            secret_key="upload-secret",
            api_base=API,
        )
        harness = Harness(
            recorder,
            S3MediaStorage(bucket=BUCKET, region="eu-west-1", client=s3),
            lambda handle: stub.upload(handle.sid),
            lambda: setattr(stub, "down", True),
        )
        harness.stub = stub  # type: ignore[attr-defined]
        yield harness


@pytest.fixture(params=["fake", "agora"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return _fake() if request.param == "fake" else request.getfixturevalue("agora_harness")


def _start(harness: Harness, prefix: str = "recordings/42/7") -> RecordingHandle:
    return harness.recorder.start(channel=CHANNEL, recorder_uid=UID, token="rtc-token", key_prefix=prefix)


def test_start_query_stop_leaves_a_file_under_the_prefix(harness):
    handle = _start(harness)
    assert handle.key_prefix == "recordings/42/7"
    assert handle.object_key.startswith("recordings/42/7/")
    assert harness.recorder.is_active(handle=handle, channel=CHANNEL, recorder_uid=UID)
    assert harness.storage.stat(key=handle.object_key) is None  # nothing is uploaded while recording
    result = harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)
    assert result.uploaded
    assert result.object_key == handle.object_key
    stored = harness.storage.stat(key=result.object_key)
    assert stored is not None
    assert stored.size > 0
    assert not harness.recorder.is_active(handle=handle, channel=CHANNEL, recorder_uid=UID)


def test_two_recordings_are_independent(harness):
    first, second = _start(harness, "recordings/1/1"), _start(harness, "recordings/1/2")
    assert first.sid != second.sid
    assert first.object_key != second.object_key
    harness.recorder.stop(handle=first, channel=CHANNEL, recorder_uid=UID)
    assert harness.recorder.is_active(handle=second, channel=CHANNEL, recorder_uid=UID)


def test_stopping_twice_says_it_is_gone(harness):
    handle = _start(harness)
    harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)
    with pytest.raises(RecordingGone):
        harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)


def test_a_recording_that_ended_by_itself_is_inactive_and_its_file_is_where_start_said(harness):
    handle = _start(harness)
    harness.end_by_itself(handle)
    assert not harness.recorder.is_active(handle=handle, channel=CHANNEL, recorder_uid=UID)
    with pytest.raises(RecordingGone):
        harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)
    assert harness.storage.stat(key=handle.object_key) is not None


@pytest.mark.parametrize(
    ("channel", "uid", "prefix"),
    [
        ("", UID, "recordings/1/1"),
        (CHANNEL, 0, "recordings/1/1"),
        (CHANNEL, UID, "recordings/../x"),
        (CHANNEL, UID, ""),
    ],
)
def test_invalid_requests_are_refused_before_any_call(harness, channel, uid, prefix):
    with pytest.raises(InvalidInput):
        harness.recorder.start(channel=channel, recorder_uid=uid, token="t", key_prefix=prefix)


def test_provider_down_is_unavailable(harness):
    harness.go_down()
    with pytest.raises(RecordingUnavailable):
        _start(harness)


def test_the_fake_writes_a_playable_wav():
    harness = _fake()
    handle = _start(harness)
    result = harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)
    data = harness.storage.objects[result.object_key].data  # type: ignore[attr-defined]
    with wave.open(io.BytesIO(data)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert wav.getnframes() > 0


def test_agora_is_asked_for_an_encrypted_private_upload_with_our_credentials(agora_harness):
    stub = agora_harness.stub
    handle = _start(agora_harness)
    acquire, start = stub.calls[0][2], stub.calls[1][2]
    assert acquire["cname"] == CHANNEL
    assert acquire["uid"] == str(UID)
    request = start["clientRequest"]
    assert request["token"] == "rtc-token"
    storage = request["storageConfig"]
    assert storage["vendor"] == 1
    assert storage["region"] == 4
    assert storage["fileNamePrefix"] == ["recordings", "42", "7"]
    assert storage["extensionParams"]["sse"] == "aes256"
    assert (storage["accessKey"], storage["bucket"]) == ("AKIAUPLOADONLY", BUCKET)
    assert "mp4" in request["recordingFileConfig"]["avFileType"]
    agora_harness.recorder.stop(handle=handle, channel=CHANNEL, recorder_uid=UID)
    head = boto3.client("s3", region_name="eu-west-1").head_object(Bucket=BUCKET, Key=handle.object_key)
    assert head["ServerSideEncryption"] == "AES256"


def test_agora_wrong_credentials_are_a_provider_error_not_a_crash(agora_harness):
    recorder = AgoraRecorder(
        app_id=APP_ID,
        customer_id="cust",
        customer_secret="wrong",
        bucket=BUCKET,
        region="eu-west-1",
        access_key="a",
        secret_key="b",
        api_base=API,
    )
    with pytest.raises(RecordingError) as caught:
        recorder.start(channel=CHANNEL, recorder_uid=UID, token="t", key_prefix="recordings/1/1")
    assert not isinstance(caught.value, RecordingUnavailable)
    assert "wrong" not in str(caught.value)
    assert base64.b64encode(b"cust:wrong").decode() not in str(caught.value)


@pytest.mark.parametrize("missing", ["app_id", "customer_id", "customer_secret", "bucket", "access_key", "secret_key"])
def test_agora_needs_every_credential(missing):
    kwargs = dict(
        app_id=APP_ID,
        customer_id="c",
        customer_secret="s",
        bucket=BUCKET,
        region="us-east-1",
        access_key="a",
        secret_key="b",
    )
    with pytest.raises(RecordingError):
        AgoraRecorder(**{**kwargs, missing: ""})


def test_agora_refuses_a_region_it_cannot_upload_to():
    with pytest.raises(RecordingError):
        AgoraRecorder(
            app_id=APP_ID,
            customer_id="c",
            customer_secret="s",
            bucket=BUCKET,
            region="mars-1",
            access_key="a",
            secret_key="b",
        )
