"""Media storage on S3 (boto3). Objects are private; clients use short-lived presigned links."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from core.clock import Clock, SystemClock
from core.ports.media import MediaError, MediaUnavailable, PresignedUpload, StoredObject

_MISSING = {"404", "NoSuchKey", "NotFound"}
_TRANSIENT = {"SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout", "503", "500"}
# S3's DeleteObjects limit per request.
_DELETE_BATCH = 1000


def _translate(exc: Exception, action: str) -> MediaError:
    if isinstance(exc, ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
        if code in _TRANSIENT or status >= 500:
            return MediaUnavailable(f"S3 {action} failed: {code or status}")
        return MediaError(f"S3 {action} refused: {code or status}")
    return MediaUnavailable(f"S3 {action} failed: {type(exc).__name__}")


class S3MediaStorage:
    def __init__(
        self,
        *,
        bucket: str,
        region: str,
        endpoint_url: str | None = None,
        clock: Clock | None = None,
        client: Any = None,
    ) -> None:
        self._bucket = bucket
        self._clock = clock or SystemClock()
        # SigV4 everywhere: presigned POST policies and GET links must verify in every region.
        self._s3 = client or boto3.client(
            "s3",
            region_name=region,
            endpoint_url=endpoint_url,
            config=Config(signature_version="s3v4", retries={"max_attempts": 3, "mode": "standard"}),
        )

    def presign_upload(
        self, *, key: str, content_type: str, max_bytes: int, expires_in_seconds: int
    ) -> PresignedUpload:
        # S3 refuses the POST unless every condition holds: this key only, this content type,
        # 1..max_bytes bytes, private ACL. boto3 adds the bucket and exact-key conditions itself.
        fields = {"Content-Type": content_type, "acl": "private"}
        conditions: list[Any] = [
            {"Content-Type": content_type},
            {"acl": "private"},
            ["content-length-range", 1, max_bytes],
        ]
        try:
            post = self._s3.generate_presigned_post(
                Bucket=self._bucket, Key=key, Fields=fields, Conditions=conditions, ExpiresIn=expires_in_seconds
            )
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc, "presign upload") from exc
        return PresignedUpload(
            url=post["url"],
            fields=dict(post["fields"]),
            key=key,
            content_type=content_type,
            max_bytes=max_bytes,
            expires_at=self._clock.now() + timedelta(seconds=expires_in_seconds),
        )

    def presign_download(self, *, key: str, expires_in_seconds: int) -> str:
        try:
            return self._s3.generate_presigned_url(
                "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=expires_in_seconds
            )
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc, "presign download") from exc

    def stat(self, *, key: str) -> StoredObject | None:
        try:
            head = self._s3.head_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code", "")) in _MISSING:
                return None
            raise _translate(exc, "stat") from exc
        except BotoCoreError as exc:
            raise _translate(exc, "stat") from exc
        return StoredObject(
            key=key,
            size=int(head["ContentLength"]),
            content_type=head.get("ContentType", "application/octet-stream"),
            metadata=dict(head.get("Metadata") or {}),
        )

    def put(self, *, key: str, data: bytes, content_type: str) -> StoredObject:
        try:
            # Private and encrypted at rest (SSE-S3), whatever the bucket's defaults are.
            self._s3.put_object(
                Bucket=self._bucket,
                Key=key,
                Body=data,
                ContentType=content_type,
                ACL="private",
                ServerSideEncryption="AES256",
            )
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc, "put") from exc
        return StoredObject(key=key, size=len(data), content_type=content_type)

    def read(self, *, key: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code", "")) in _MISSING:
                return None
            raise _translate(exc, "read") from exc
        except BotoCoreError as exc:
            raise _translate(exc, "read") from exc

    def delete(self, *, key: str) -> None:
        try:
            self._s3.delete_object(Bucket=self._bucket, Key=key)
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc, "delete") from exc

    def delete_prefix(self, *, prefix: str) -> int:
        if not prefix:
            raise ValueError("refusing to delete the whole bucket: prefix is empty")
        deleted = 0
        try:
            pages = self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._bucket, Prefix=prefix)
            for page in pages:
                keys = [{"Key": item["Key"]} for item in page.get("Contents", ())]
                for start in range(0, len(keys), _DELETE_BATCH):
                    batch = keys[start : start + _DELETE_BATCH]
                    result = self._s3.delete_objects(Bucket=self._bucket, Delete={"Objects": batch, "Quiet": True})
                    if result.get("Errors"):
                        raise MediaError(f"S3 refused to delete {len(result['Errors'])} objects under {prefix!r}")
                    deleted += len(batch)
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc, "delete prefix") from exc
        return deleted
