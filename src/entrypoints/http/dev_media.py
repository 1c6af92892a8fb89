"""Development-only stand-in for S3's upload and download URLs, served when MEDIA_BACKEND=fake.

The fake media storage hands out presigned forms and links pointing here, so `make run`
exercises the same client flow as production: POST the form (fields, then `file`) and
GET the signed link. The fake enforces the same policy S3 would (key, type, size, expiry).
Never routed with a real backend nor in production (see config/urls.py).

Unlike S3, the upload also wants the signed-in owner (bearer token, see dev_auth): a form
leaked from a development machine must not let anyone else write into a user's key prefix.
The presigned uploads are avatars (accounts) and event covers (group events); both key prefixes
name the uploader.
Download links stay plain signed, expiring links, as on S3 (they go into <img> tags).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from adapters.media.fake import DownloadLinkInvalid, FakeMediaStorage, UploadRejected
from entrypoints.container import get_container
from entrypoints.http.dev_auth import not_signed_in, signed_in_user_id
from entrypoints.http.problems import problem_response
from modules.accounts.public import avatar_key_owned_by
from modules.group_events.public import cover_key_owned_by


def _fake_storage() -> FakeMediaStorage | None:
    storage = get_container().media()
    return storage if isinstance(storage, FakeMediaStorage) else None


@csrf_exempt  # bearer token only, no session cookie: nothing a cross-site form could ride on
@require_POST
def upload(request: HttpRequest) -> HttpResponse:
    user_id = signed_in_user_id(request)  # before the body is parsed
    if user_id is None:
        return not_signed_in()
    storage = _fake_storage()
    if storage is None:
        return problem_response(404, detail="No development media store.")
    file = request.FILES.get("file")
    if file is None:
        return problem_response(400, code="upload_rejected", detail="The form has no `file` part.")
    key = request.POST.get("key", "")
    if not (avatar_key_owned_by(key, user_id) or cover_key_owned_by(key, user_id)):
        return problem_response(403, code="upload_rejected", detail="This upload form belongs to someone else.")
    max_bytes = request.POST.get("x-fake-max-bytes", "")
    if max_bytes.isdigit() and file.size > int(max_bytes):
        # Do not even read an oversized file into memory.
        return problem_response(403, code="upload_rejected", detail=f"The file must be at most {max_bytes} bytes.")
    try:
        storage.receive_upload(fields=request.POST.dict(), data=file.read())
    except UploadRejected as exc:
        return problem_response(403, code=exc.code, detail=exc.detail)
    return HttpResponse(status=204)


@require_GET
def download(request: HttpRequest) -> HttpResponse:
    storage = _fake_storage()
    if storage is None:
        return problem_response(404, detail="No development media store.")
    try:
        data, content_type = storage.open_download(
            key=request.GET.get("key", ""),
            expires=request.GET.get("expires", ""),
            signature=request.GET.get("signature", ""),
        )
    except DownloadLinkInvalid as exc:
        return problem_response(403, code=exc.code, detail=exc.detail)
    response = HttpResponse(data, content_type=content_type)
    response["Cache-Control"] = "private, max-age=60"
    response["X-Content-Type-Options"] = "nosniff"
    return response


urlpatterns = [
    path("dev/media/upload", upload, name="dev-media-upload"),
    path("dev/media/download", download, name="dev-media-download"),
]
