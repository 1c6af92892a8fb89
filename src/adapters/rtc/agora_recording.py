"""Agora Cloud Recording over its REST API (requests): acquire -> start -> query -> stop.

Composite ("mix") recording of the whole channel, uploaded by Agora straight into our S3 bucket
with server-side encryption; the MP4 is what people play back, the HLS files beside it share the
prefix (and are deleted with it). Credentials: the project's Customer ID/Secret (Basic auth)
and an IAM key that may only write to the recordings prefix of the bucket (docs/operations.md).
"""

from __future__ import annotations

import base64
from typing import Any

import requests

from core.ports.recording import (
    RecordingError,
    RecordingGone,
    RecordingHandle,
    RecordingResult,
    RecordingUnavailable,
    check_recording_request,
)

DEFAULT_API_BASE = "https://api.sd-rtn.com"
MODE = "mix"
# Agora's region numbers for Amazon S3 (vendor 1), from "Third-party cloud storage regions".
S3_REGIONS = {
    "us-east-1": 0,
    "us-east-2": 1,
    "us-west-1": 2,
    "us-west-2": 3,
    "eu-west-1": 4,
    "eu-west-2": 5,
    "eu-west-3": 6,
    "eu-central-1": 7,
    "ap-southeast-1": 8,
    "ap-southeast-2": 9,
    "ap-northeast-1": 10,
    "ap-northeast-2": 11,
    "sa-east-1": 12,
    "ca-central-1": 13,
    "ap-south-1": 14,
    "cn-north-1": 15,
    "cn-northwest-1": 16,
    "af-south-1": 18,
    "ap-east-1": 19,
    "ap-northeast-3": 20,
    "eu-north-1": 21,
    "me-south-1": 22,
    "ap-southeast-3": 24,
    "eu-south-1": 25,
}
VENDOR_AMAZON_S3 = 1
# Query's serverResponse.status: below 6 the recorder is starting or recording; 6+ it is
# stopping or gone (Agora's "Query cloud recording status").
_ACTIVE_BELOW = 6
# Leave the channel after this long with nobody publishing (a forgotten stop must not record forever).
MAX_IDLE_SECONDS = 120
TIMEOUT_SECONDS = 10


class AgoraRecorder:
    def __init__(
        self,
        *,
        app_id: str,
        customer_id: str,
        customer_secret: str,
        bucket: str,
        region: str,
        access_key: str,
        secret_key: str,
        api_base: str | None = None,
        session: requests.Session | None = None,
    ) -> None:
        missing = [
            name
            for name, value in (
                ("AGORA_APP_ID", app_id),
                ("AGORA_CUSTOMER_ID", customer_id),
                ("AGORA_CUSTOMER_SECRET", customer_secret),
                ("AWS_S3_BUCKET", bucket),
                ("RECORDING_S3_ACCESS_KEY", access_key),
                ("RECORDING_S3_SECRET_KEY", secret_key),
            )
            if not value
        ]
        if missing:
            # Failing at start-up beats a recording nobody can start mid-call.
            raise RecordingError(f"{', '.join(missing)} must be set for Agora Cloud Recording")
        if region not in S3_REGIONS:
            raise RecordingError(f"Agora Cloud Recording cannot upload to S3 region {region!r}")
        self._base = f"{(api_base or DEFAULT_API_BASE).rstrip('/')}/v1/apps/{app_id}/cloud_recording"
        self._storage = {
            "vendor": VENDOR_AMAZON_S3,
            "region": S3_REGIONS[region],
            "bucket": bucket,
            "accessKey": access_key,
            "secretKey": secret_key,
            # S3 encrypts every uploaded file at rest (SSE-S3).
            "extensionParams": {"sse": "aes256"},
        }
        credentials = base64.b64encode(f"{customer_id}:{customer_secret}".encode()).decode()
        self._http = session or requests.Session()
        self._headers = {"Authorization": f"Basic {credentials}", "Content-Type": "application/json"}

    # --- HTTP ------------------------------------------------------------------------------
    def _call(self, method: str, path: str, action: str, body: dict[str, Any] | None = None) -> requests.Response:
        try:
            response = self._http.request(
                method, f"{self._base}/{path}", json=body, headers=self._headers, timeout=TIMEOUT_SECONDS
            )
        except requests.RequestException as exc:
            raise RecordingUnavailable(f"Agora {action} failed: {type(exc).__name__}") from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise RecordingUnavailable(f"Agora {action} failed: HTTP {response.status_code}")
        return response

    @staticmethod
    def _json(response: requests.Response, action: str) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError as exc:
            raise RecordingError(f"Agora {action}: not JSON (HTTP {response.status_code})") from exc
        if not isinstance(data, dict):
            raise RecordingError(f"Agora {action}: unexpected answer")
        return data

    def _refused(self, response: requests.Response, action: str) -> RecordingError:
        # Agora's error bodies carry a numeric `code` and a `reason`; never the credentials.
        try:
            detail = self._json(response, action)
        except RecordingError:
            detail = {}
        return RecordingError(
            f"Agora {action} refused: HTTP {response.status_code} code {detail.get('code')} {detail.get('reason', '')}"
        )

    # --- port --------------------------------------------------------------------------------
    def start(self, *, channel: str, recorder_uid: int, token: str, key_prefix: str) -> RecordingHandle:
        check_recording_request(channel=channel, recorder_uid=recorder_uid, key_prefix=key_prefix)
        uid = str(recorder_uid)
        acquired = self._call(
            "POST",
            "acquire",
            "acquire",
            {"cname": channel, "uid": uid, "clientRequest": {"resourceExpiredHour": 24, "scene": 0}},
        )
        if acquired.status_code != 200:
            raise self._refused(acquired, "acquire")
        resource_id = str(self._json(acquired, "acquire").get("resourceId") or "")
        if not resource_id:
            raise RecordingError("Agora acquire: no resourceId")
        started = self._call(
            "POST",
            f"resourceid/{resource_id}/mode/{MODE}/start",
            "start",
            {
                "cname": channel,
                "uid": uid,
                "clientRequest": {
                    "token": token,
                    "recordingConfig": {"channelType": 0, "streamTypes": 2, "maxIdleTime": MAX_IDLE_SECONDS},
                    "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
                    "storageConfig": {**self._storage, "fileNamePrefix": key_prefix.split("/")},
                },
            },
        )
        if started.status_code != 200:
            raise self._refused(started, "start")
        sid = str(self._json(started, "start").get("sid") or "")
        if not sid:
            raise RecordingError("Agora start: no sid")
        # Agora names a mix recording's MP4 <prefix>/<sid>_<channel>.mp4 (before stop reports it).
        return RecordingHandle(
            resource_id=resource_id, sid=sid, key_prefix=key_prefix, object_key=f"{key_prefix}/{sid}_{channel}.mp4"
        )

    def is_active(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> bool:
        response = self._call("GET", f"resourceid/{handle.resource_id}/sid/{handle.sid}/mode/{MODE}/query", "query")
        if response.status_code == 404:
            return False
        if response.status_code != 200:
            raise self._refused(response, "query")
        status = self._json(response, "query").get("serverResponse", {}).get("status")
        return isinstance(status, int) and status < _ACTIVE_BELOW

    def stop(self, *, handle: RecordingHandle, channel: str, recorder_uid: int) -> RecordingResult:
        response = self._call(
            "POST",
            f"resourceid/{handle.resource_id}/sid/{handle.sid}/mode/{MODE}/stop",
            "stop",
            {"cname": channel, "uid": str(recorder_uid), "clientRequest": {}},
        )
        if response.status_code == 404:
            raise RecordingGone(f"Agora has no running recording {handle.sid}")
        if response.status_code != 200:
            raise self._refused(response, "stop")
        server = self._json(response, "stop").get("serverResponse") or {}
        files = server.get("fileList") if isinstance(server.get("fileList"), list) else []
        mp4 = [f["fileName"] for f in files if isinstance(f, dict) and str(f.get("fileName", "")).endswith(".mp4")]
        return RecordingResult(
            object_key=mp4[0] if mp4 else handle.object_key, uploaded=server.get("uploadingStatus") == "uploaded"
        )
