"""Media storage port (S3 in production, in memory for development and tests).

Objects are private. Clients upload with a short-lived presigned POST restricted to one key,
one content type and a maximum size, and read through short-lived presigned GET links.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from core.errors import ProviderError, ProviderUnavailable


class MediaError(ProviderError):
    code = "media_error"
    title = "Media storage failed"


class MediaUnavailable(ProviderUnavailable, MediaError):
    code = "media_unavailable"
    title = "Media storage is unavailable"


@dataclass(frozen=True)
class PresignedUpload:
    """A form the client POSTs (multipart, ``fields`` first, then ``file``) to ``url``."""

    url: str
    fields: Mapping[str, str]
    key: str
    content_type: str
    max_bytes: int
    expires_at: datetime


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    content_type: str
    metadata: Mapping[str, str] = field(default_factory=dict)


class MediaStorage(Protocol):
    def presign_upload(
        self, *, key: str, content_type: str, max_bytes: int, expires_in_seconds: int
    ) -> PresignedUpload: ...

    def presign_download(self, *, key: str, expires_in_seconds: int) -> str: ...

    def stat(self, *, key: str) -> StoredObject | None:
        """The stored object's facts, or None when there is no object at ``key``."""
        ...

    def put(self, *, key: str, data: bytes, content_type: str) -> StoredObject: ...

    def read(self, *, key: str) -> bytes | None:
        """The object's bytes (e.g. for a person's data export), or None when there is none."""
        ...

    def delete(self, *, key: str) -> None:
        """Delete one object; deleting a missing object is not an error."""
        ...

    def delete_prefix(self, *, prefix: str) -> int:
        """Delete every object under ``prefix`` (GDPR erasure); returns how many were deleted."""
        ...
