"""In-memory media storage for development and tests.

It enforces what S3 enforces on a presigned POST (exact key, exact content type, size range,
expiry), using an HMAC over the policy instead of AWS signatures, and hands out signed,
expiring download links. In development the dev-only views in entrypoints.http.dev_media
serve those URLs, so a client can run the real upload flow against `make run`.

Objects live in a dict, or, given a `directory`, in files there: `make run` seeds its demo data
(a recording, avatars) in one process and serves it from another, and both must see the same
objects, as two processes see one bucket.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

from core.clock import Clock, SystemClock
from core.ports.media import MediaError, MediaUnavailable, PresignedUpload, StoredObject


class UploadRejected(MediaError):
    code = "upload_rejected"
    title = "The upload does not match its policy"


class DownloadLinkInvalid(MediaError):
    code = "download_link_invalid"
    title = "The download link is invalid or expired"


@dataclass
class _Blob:
    data: bytes
    content_type: str
    metadata: dict[str, str] = field(default_factory=dict)


class _DirectoryBlobs(MutableMapping[str, _Blob]):
    """Blobs as files: `<sha256 of key>` holds the bytes, `<sha256>.json` the key and content type.

    Keys are hashed for file names (a key may be longer than a file name may be, and hold slashes).
    Writes go to a temporary file renamed into place, so a reader never sees half an object."""

    def __init__(self, root: Path) -> None:
        self._root = root
        root.mkdir(parents=True, exist_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        name = hashlib.sha256(key.encode()).hexdigest()
        return self._root / name, self._root / f"{name}.json"

    def __getitem__(self, key: str) -> _Blob:
        data_path, meta_path = self._paths(key)
        try:
            meta = json.loads(meta_path.read_text())
            data = data_path.read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None
        return _Blob(data, meta["content_type"], meta.get("metadata", {}))

    def __setitem__(self, key: str, blob: _Blob) -> None:
        data_path, meta_path = self._paths(key)
        meta = {"key": key, "content_type": blob.content_type, "metadata": blob.metadata}
        for path, content in ((data_path, blob.data), (meta_path, json.dumps(meta).encode())):
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(content)
            temporary.replace(path)

    def __delitem__(self, key: str) -> None:
        data_path, meta_path = self._paths(key)
        if not meta_path.exists():
            raise KeyError(key)
        meta_path.unlink(missing_ok=True)
        data_path.unlink(missing_ok=True)

    def __iter__(self) -> Iterator[str]:
        for meta_path in sorted(self._root.glob("*.json")):
            try:
                yield json.loads(meta_path.read_text())["key"]
            except (FileNotFoundError, ValueError, KeyError):
                continue  # deleted meanwhile, or not ours

    def __len__(self) -> int:
        return sum(1 for _ in self)


class FakeMediaStorage:
    def __init__(
        self,
        *,
        base_url: str = "http://media.fake",
        signing_key: str = "fake-media",
        clock: Clock | None = None,
        directory: str | Path | None = None,
    ):
        self._base_url = base_url.rstrip("/")
        self._key = signing_key.encode()
        self._clock = clock or SystemClock()
        self.objects: MutableMapping[str, _Blob] = _DirectoryBlobs(Path(directory)) if directory else {}
        self.deleted: list[str] = []
        # Set to make every storage call fail as if S3 were down.
        self.unavailable = False

    # --- signing -------------------------------------------------------------------------
    def _sign(self, *parts: str) -> str:
        return hmac.new(self._key, "\n".join(parts).encode(), hashlib.sha256).hexdigest()

    def _now_ts(self) -> int:
        return int(self._clock.now().timestamp())

    def _check_up(self) -> None:
        if self.unavailable:
            raise MediaUnavailable("fake S3 is down")

    # --- port ----------------------------------------------------------------------------
    def presign_upload(
        self, *, key: str, content_type: str, max_bytes: int, expires_in_seconds: int
    ) -> PresignedUpload:
        self._check_up()
        expires_at = self._clock.now() + timedelta(seconds=expires_in_seconds)
        expires = str(int(expires_at.timestamp()))
        fields = {
            "key": key,
            "Content-Type": content_type,
            "x-fake-max-bytes": str(max_bytes),
            "x-fake-expires": expires,
            "x-fake-signature": self._sign("upload", key, content_type, str(max_bytes), expires),
        }
        return PresignedUpload(
            url=f"{self._base_url}/upload",
            fields=fields,
            key=key,
            content_type=content_type,
            max_bytes=max_bytes,
            expires_at=expires_at,
        )

    def presign_download(self, *, key: str, expires_in_seconds: int) -> str:
        self._check_up()
        expires = str(self._now_ts() + expires_in_seconds)
        query = urlencode({"key": key, "expires": expires, "signature": self._sign("download", key, expires)})
        return f"{self._base_url}/download?{query}"

    def stat(self, *, key: str) -> StoredObject | None:
        self._check_up()
        blob = self.objects.get(key)
        if blob is None:
            return None
        return StoredObject(key=key, size=len(blob.data), content_type=blob.content_type, metadata=dict(blob.metadata))

    def put(self, *, key: str, data: bytes, content_type: str) -> StoredObject:
        self._check_up()
        self.objects[key] = _Blob(bytes(data), content_type)
        return StoredObject(key=key, size=len(data), content_type=content_type)

    def read(self, *, key: str) -> bytes | None:
        self._check_up()
        blob = self.objects.get(key)
        return None if blob is None else blob.data

    def delete(self, *, key: str) -> None:
        self._check_up()
        if self.objects.pop(key, None) is not None:
            self.deleted.append(key)

    def delete_prefix(self, *, prefix: str) -> int:
        self._check_up()
        if not prefix:
            raise ValueError("refusing to delete the whole bucket: prefix is empty")
        doomed = [key for key in self.objects if key.startswith(prefix)]
        for key in doomed:
            self.delete(key=key)
        return len(doomed)

    # --- what S3 would do with the presigned links -----------------------------------------
    def receive_upload(self, *, fields: dict[str, str], data: bytes) -> StoredObject:
        """Accept a form POSTed to a presigned upload URL, refusing what S3's policy would refuse."""
        try:
            key, content_type = fields["key"], fields["Content-Type"]
            max_bytes, expires = fields["x-fake-max-bytes"], fields["x-fake-expires"]
            signature = fields["x-fake-signature"]
        except KeyError as exc:
            raise UploadRejected(f"missing policy field {exc.args[0]!r}") from exc
        expected = self._sign("upload", key, content_type, max_bytes, expires)
        if not hmac.compare_digest(expected, signature):
            raise UploadRejected("the form does not match the signed policy (key, type or size changed)")
        if self._now_ts() > int(expires):
            raise UploadRejected("the upload policy has expired")
        if not 1 <= len(data) <= int(max_bytes):
            raise UploadRejected(f"the file must be between 1 and {max_bytes} bytes")
        return self.put(key=key, data=data, content_type=content_type)

    def open_download(self, *, key: str, expires: str, signature: str) -> tuple[bytes, str]:
        """The bytes and content type behind a presigned download link."""
        if not hmac.compare_digest(self._sign("download", key, expires), signature):
            raise DownloadLinkInvalid("bad signature")
        try:
            expired = self._now_ts() > int(expires)
        except ValueError as exc:
            raise DownloadLinkInvalid("bad expiry") from exc
        if expired:
            raise DownloadLinkInvalid("the link has expired")
        blob = self.objects.get(key)
        if blob is None:
            raise DownloadLinkInvalid("no such object")
        return blob.data, blob.content_type
