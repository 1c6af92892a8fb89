"""The recordings sweep (completion and retention), erasure and export, against S3 under moto:
deleting a recording removes its files from the bucket."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import boto3
import pytest
from moto import mock_aws

from adapters.media.s3_storage import S3MediaStorage
from adapters.rtc.fake_recorder import FakeRtcRecorder
from entrypoints.container import get_container
from modules.booking.models import Session
from modules.privacy.services.erasure import erase_person
from modules.privacy.services.export import personal_data_export
from modules.recordings import public as recordings
from modules.recordings.models import Recording
from tests.clock import NOW
from tests.modules.accounts.factories import bearer
from tests.modules.recordings.factories import live_session

pytestmark = pytest.mark.django_db
BUCKET = "hl-test-recordings"


@dataclass
class S3:
    storage: S3MediaStorage
    recorder: FakeRtcRecorder
    client: object

    def keys(self, prefix: str = "recordings/") -> list[str]:
        listed = self.client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)  # type: ignore[attr-defined]
        return sorted(item["Key"] for item in listed.get("Contents", ()))


@pytest.fixture
def s3(monkeypatch) -> Iterator[S3]:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        storage = S3MediaStorage(bucket=BUCKET, region="us-east-1", client=client)
        recorder = FakeRtcRecorder(media=storage)
        container = get_container()
        with container.media.override(storage), container.recorder.override(recorder):
            yield S3(storage, recorder, client)


def _post(client, path, who):
    return client.post(path, data="{}", content_type="application/json", headers=bearer(who))


def _recording(client, session) -> Recording:
    _post(client, f"/api/recordings/sessions/{session.pk}/consent", session.user)
    _post(client, f"/api/recordings/sessions/{session.pk}/consent", session.friend)
    return Recording.objects.get(session_id=session.pk, state="recording")


def _ready(client, session) -> Recording:
    rec = _recording(client, session)
    _post(client, f"/api/recordings/sessions/{session.pk}/stop", session.user)
    rec.refresh_from_db()
    assert rec.state == "ready"
    return rec


def test_a_stored_recording_is_private_encrypted_and_under_its_prefix(client, clock, s3):
    rec = _ready(client, live_session())
    assert s3.keys() == [rec.object_key]
    assert rec.object_key.startswith(rec.key_prefix + "/")
    head = s3.client.head_object(Bucket=BUCKET, Key=rec.object_key)
    assert head["ServerSideEncryption"] == "AES256"
    grants = s3.client.get_object_acl(Bucket=BUCKET, Key=rec.object_key)["Grants"]
    assert all("AllUsers" not in str(g.get("Grantee", {})) for g in grants)


def test_the_sweep_stops_a_recording_when_its_session_ends_and_marks_it_ready(client, clock, s3):
    session = live_session()
    rec = _recording(client, session)
    assert recordings.sweep().stopped == 0  # still in progress: left alone
    Session.objects.filter(pk=session.pk).update(status="completed")
    report = recordings.sweep()
    assert (report.stopped, report.ready) == (1, 1)
    rec.refresh_from_db()
    assert (rec.state, rec.stopped_by_id) == ("ready", None)
    assert s3.storage.stat(key=rec.object_key) is not None
    # Idempotent: a second sweep finds nothing to do.
    assert recordings.sweep() == recordings.SweepReport()


def test_a_recorder_that_left_by_itself_is_finished_from_its_file(client, clock, s3):
    rec = _recording(client, live_session())
    s3.recorder.end_by_itself(rec.provider_sid)
    report = recordings.sweep()
    assert (report.stopped, report.ready) == (1, 1)
    rec.refresh_from_db()
    assert rec.state == "ready"


def test_a_request_nobody_answered_is_cancelled_when_the_session_ends(client, clock, s3):
    session = live_session()
    _post(client, f"/api/recordings/sessions/{session.pk}/consent", session.user)
    Session.objects.filter(pk=session.pk).update(status="completed")
    assert recordings.sweep().stopped == 1
    assert Recording.objects.get().state == "cancelled"
    assert s3.recorder.started == []


def test_a_file_that_never_arrives_fails_and_is_then_deleted(client, clock, s3):
    rec = _recording(client, live_session())
    s3.recorder.running.clear()  # the provider lost it: stop says gone, and nothing is uploaded
    _post(client, f"/api/recordings/sessions/{rec.session_id}/stop", rec.user)
    rec.refresh_from_db()
    assert rec.state == "processing"
    assert recordings.sweep().failed == 0  # still within the deadline
    clock.advance(timedelta(hours=7))
    report = recordings.sweep()
    # Failed is final: nothing is kept of it (whatever arrives later goes with the prefix).
    assert (report.failed, report.deleted) == (1, 1)
    assert not Recording.objects.exists()


def test_retention_deletes_the_row_and_every_file_under_its_prefix(client, clock, s3):
    keep = _ready(client, live_session())
    rec = _ready(client, live_session())
    # Agora leaves HLS files beside the MP4: they go too.
    s3.storage.put(key=f"{rec.key_prefix}/x_0.ts", data=b"ts", content_type="video/mp2t")
    Recording.objects.filter(pk=keep.pk).update(delete_after=NOW + timedelta(days=31))
    clock.advance(timedelta(days=30) - timedelta(seconds=1))
    assert recordings.sweep().deleted == 0
    clock.advance(timedelta(seconds=1))
    assert recordings.sweep().deleted == 1
    assert not Recording.objects.filter(pk=rec.pk).exists()
    assert s3.keys(rec.key_prefix + "/") == []
    assert s3.keys() == [keep.object_key]


def test_retention_is_configurable(client, clock, s3, settings):
    settings.RECORDING_RETENTION_DAYS = 2
    rec = _ready(client, live_session())
    assert rec.delete_after == NOW + timedelta(days=2)


def test_erasure_of_either_participant_deletes_their_recordings_and_files(
    client, clock, s3, django_capture_on_commit_callbacks
):
    theirs = _ready(client, live_session())
    # That session is over; the same friend is in another call now, being recorded.
    Session.objects.filter(pk=theirs.session_id).update(
        status="completed", start=NOW - timedelta(hours=3), end=NOW - timedelta(hours=2)
    )
    running = _recording(client, live_session(friend=theirs.friend))
    other = _ready(client, live_session())
    with django_capture_on_commit_callbacks(execute=True):
        erase_person(theirs.friend_id)
    assert list(Recording.objects.values_list("pk", flat=True)) == [other.pk]
    assert s3.keys() == [other.object_key]
    assert s3.recorder.running == {}  # the running one was stopped first
    assert running.pk not in set(Recording.objects.values_list("pk", flat=True))
    # Erasing again changes nothing.
    with django_capture_on_commit_callbacks(execute=True):
        erase_person(theirs.friend_id)
    assert s3.keys() == [other.object_key]


def test_the_export_lists_recordings_with_links_not_bytes_or_storage_keys(client, clock, s3):
    rec = _ready(client, live_session())
    for person in (rec.user_id, rec.friend_id):
        rows = personal_data_export(user_id=person, now=NOW)["tables"]["recordings.Recording"]
        assert [r["id"] for r in rows] == [rec.pk]
        assert rows[0]["playback_url"].startswith(f"https://{BUCKET}.s3.amazonaws.com/{rec.object_key}")
        assert "object_key" not in rows[0]
        assert "key_prefix" not in rows[0]
        json.dumps(rows, default=str)  # plain data
