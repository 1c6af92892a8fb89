"""Agora Cloud Recording's REST API, stubbed at the HTTP boundary (`responses`), with Agora's behaviour:
Basic auth checked, a resource per acquire, a sid per start, query 404 once stopped, and on stop
the files uploaded to the S3 bucket named in storageConfig (here moto's), as Agora would."""

from __future__ import annotations

import base64
import itertools
import json
import re
from typing import Any

import responses

API = "https://agora.test"


class AgoraRecordingStub:
    def __init__(self, *, app_id: str, customer_id: str, customer_secret: str, s3_client: Any) -> None:
        self.app_id = app_id
        self._auth = "Basic " + base64.b64encode(f"{customer_id}:{customer_secret}".encode()).decode()
        self._s3 = s3_client
        self._ids = itertools.count(1)
        self.resources: set[str] = set()
        # sid -> the start request's body (what Agora was asked to record and where to upload).
        self.running: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, str, dict[str, Any] | None]] = []
        self.down = False

    def install(self, mock: responses.RequestsMock) -> None:
        base = re.escape(f"{API}/v1/apps/{self.app_id}/cloud_recording/")
        mock.add_callback(responses.POST, re.compile(base + "acquire$"), callback=self._acquire)
        mock.add_callback(
            responses.POST, re.compile(base + r"resourceid/([^/]+)/mode/mix/start$"), callback=self._start
        )
        mock.add_callback(
            responses.GET, re.compile(base + r"resourceid/([^/]+)/sid/([^/]+)/mode/mix/query$"), callback=self._query
        )
        mock.add_callback(
            responses.POST, re.compile(base + r"resourceid/([^/]+)/sid/([^/]+)/mode/mix/stop$"), callback=self._stop
        )

    # --- helpers -------------------------------------------------------------------------------
    def _guard(self, request: Any) -> tuple[int, dict[str, str], str] | None:
        body = json.loads(request.body) if request.body else None
        self.calls.append((request.method, request.url, body))
        if self.down:
            return 503, {}, json.dumps({"code": 503, "reason": "service unavailable"})
        if request.headers.get("Authorization") != self._auth:
            return 401, {}, json.dumps({"message": "Invalid authentication credentials"})
        return None

    @staticmethod
    def _ok(payload: dict[str, Any]) -> tuple[int, dict[str, str], str]:
        return 200, {"Content-Type": "application/json"}, json.dumps(payload)

    @staticmethod
    def _parts(url: str) -> list[str]:
        return url.split("/cloud_recording/", 1)[1].split("/")

    def upload(self, sid: str) -> None:
        """What Agora does when a recording ends: mix files to S3 under the requested prefix."""
        start = self.running.pop(sid)
        storage = start["clientRequest"]["storageConfig"]
        prefix = "/".join(storage["fileNamePrefix"])
        for name in (f"{sid}_{start['cname']}.mp4", f"{sid}_{start['cname']}.m3u8", f"{sid}_{start['cname']}_0.ts"):
            self._s3.put_object(
                Bucket=storage["bucket"],
                Key=f"{prefix}/{name}",
                Body=b"\x00\x00\x00\x18ftypmp42",
                ServerSideEncryption="AES256",
            )

    # --- endpoints -----------------------------------------------------------------------------
    def _acquire(self, request: Any):
        refused = self._guard(request)
        if refused:
            return refused
        resource = f"res{next(self._ids)}"
        self.resources.add(resource)
        return self._ok({"resourceId": resource})

    def _start(self, request: Any):
        refused = self._guard(request)
        if refused:
            return refused
        resource = self._parts(request.url)[1]
        if resource not in self.resources:
            return 404, {}, json.dumps({"code": 2, "reason": "invalid resource"})
        self.resources.discard(resource)  # a resource id serves one recording
        sid = f"sid{next(self._ids)}"
        self.running[sid] = json.loads(request.body)
        return self._ok({"resourceId": resource, "sid": sid})

    def _query(self, request: Any):
        refused = self._guard(request)
        if refused:
            return refused
        sid = self._parts(request.url)[3]
        if sid not in self.running:
            return 404, {}, json.dumps({"code": 404, "reason": "failed to find worker"})
        return self._ok({"sid": sid, "serverResponse": {"status": 5, "fileListMode": "string", "fileList": ""}})

    def _stop(self, request: Any):
        refused = self._guard(request)
        if refused:
            return refused
        parts = self._parts(request.url)
        resource, sid = parts[1], parts[3]
        if sid not in self.running:
            return 404, {}, json.dumps({"code": 435, "reason": "no recorded file"})
        start = self.running[sid]
        prefix = "/".join(start["clientRequest"]["storageConfig"]["fileNamePrefix"])
        self.upload(sid)
        files = [
            {"fileName": f"{prefix}/{sid}_{start['cname']}.m3u8", "trackType": "audio_and_video"},
            {"fileName": f"{prefix}/{sid}_{start['cname']}.mp4", "trackType": "audio_and_video"},
        ]
        return self._ok(
            {
                "resourceId": resource,
                "sid": sid,
                "serverResponse": {"fileListMode": "json", "fileList": files, "uploadingStatus": "uploaded"},
            }
        )
