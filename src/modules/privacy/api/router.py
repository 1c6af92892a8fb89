"""/api/users/me/export and /api/users/me/erasure: a person's rights over their data; and the
admins' /api/admin/privacy for verified requests. (`DELETE /api/users/me` is accounts': it checks
the credentials, then privacy records the request.)"""

from __future__ import annotations

import json
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import MAX_ID, StrictSchema
from modules.accounts.public import actor_of
from modules.privacy import dependencies as deps
from modules.privacy.services import archives, erasure
from modules.privacy.services.export import personal_data_export

router = Router(tags=["privacy"])
staff_router = Router(tags=["privacy"])


class DataExportOut(Schema):
    format: str
    generated_at: str
    user_id: int
    tables: dict[str, list[dict[str, object]]]


class ErasureOut(Schema):
    status: str = Field(description="pending, cancelled or done")
    requested_at: datetime
    due_at: datetime = Field(description="When it happens unless cancelled before")
    finished_at: datetime | None


class StaffErasureIn(StrictSchema):
    user_id: int = Field(ge=1, le=MAX_ID, strict=True)


def _erasure_out(view: erasure.ErasureView) -> ErasureOut:
    return ErasureOut(
        status=view.status, requested_at=view.requested_at, due_at=view.due_at, finished_at=view.finished_at
    )


@router.get(
    "/export",
    response=DataExportOut,
    operation_id="privacy_export_get",
    summary="Download all my data (GDPR/CCPA)",
    description=(
        "Every row HumanLink holds about the caller, by table, as JSON (a download: "
        "`Content-Disposition: attachment`). Others' words are not included (only messages the "
        "caller sent); secrets never are (password hash, tokens)."
    ),
)
def export_get(request: HttpRequest):
    actor = actor_of(request)
    archive = personal_data_export(user_id=actor.user_id, now=deps.clock().now())
    response = HttpResponse(json.dumps(archive, cls=DjangoJSONEncoder), content_type="application/json")
    stamp = archive["generated_at"].strftime("%Y%m%dT%H%M%SZ")
    response["Content-Disposition"] = f'attachment; filename="humanlink-data-{actor.user_id}-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


class ExportArchiveOut(Schema):
    id: int
    status: str = Field(description="pending (being built), ready, failed or expired")
    requested_at: datetime
    ready_at: datetime | None
    expires_at: datetime | None = Field(description="Until when the archive can be downloaded")
    size: int = Field(description="Bytes of the zip, once ready")
    download_url: str | None = Field(description="A presigned link valid for 5 minutes; ask again for a fresh one")


def _archive_out(archive) -> ExportArchiveOut:
    return ExportArchiveOut(
        id=archive.id,
        status=archive.status,
        requested_at=archive.requested_at,
        ready_at=archive.ready_at,
        expires_at=archive.expires_at,
        size=archive.size,
        download_url=archives.download_url(archive, now=deps.clock().now(), storage=deps.media_storage()),
    )


@router.post(
    "/export/archive",
    response={202: ExportArchiveOut},
    operation_id="privacy_export_archive_request",
    summary="Ask for my data as a zip (with my media)",
    description=(
        "Any signed-in account: queues the building of a zip with `data.json` (as `GET /export`) and the "
        "caller's media (their avatar). Poll `GET /export/archive`; once ready it carries a short-lived "
        "download link, for 24 hours. Asking again while one is being built answers that one."
    ),
)
def export_archive_request(request: HttpRequest):
    archive = archives.archive_request(actor=actor_of(request), now=deps.clock().now(), tasks=deps.tasks())
    return Status(202, _archive_out(archive))


@router.get(
    "/export/archive",
    response=ExportArchiveOut,
    operation_id="privacy_export_archive_get",
    openapi_extra=error_responses(404),
    summary="My latest data export zip",
    description=(
        "Any signed-in account: its latest export archive, with a download link valid 5 minutes while the "
        "archive is ready and unexpired (404 if none was asked for). Changes nothing."
    ),
)
def export_archive_get(request: HttpRequest):
    return _archive_out(archives.archive_status(actor=actor_of(request)))


@router.get(
    "/erasure",
    response=ErasureOut,
    operation_id="privacy_erasure_get",
    openapi_extra=error_responses(404),
    summary="My erasure request",
    description="The caller's latest erasure request and when it happens (404 if none).",
)
def erasure_get(request: HttpRequest):
    return _erasure_out(erasure.erasure_status(actor=actor_of(request)))


@router.post(
    "/erasure/cancel",
    response={204: None},
    operation_id="privacy_erasure_cancel",
    openapi_extra=error_responses(404),
    summary="Cancel my pending erasure",
    description="Stops a pending erasure (404 if none is pending).",
)
def erasure_cancel(request: HttpRequest):
    erasure.erasure_cancel(actor=actor_of(request), now=deps.clock().now())
    return Status(204, None)


@staff_router.post(
    "/erasures",
    response={201: ErasureOut},
    operation_id="privacy_erasure_run",
    openapi_extra=error_responses(403, 404, 409),
    summary="Erase an account now (admins, verified request)",
    description="Admins only (403 otherwise): carries out a verified erasure request at once, without grace period.",
)
def erasure_run(request: HttpRequest, payload: StaffErasureIn):
    view = erasure.erasure_run_for(actor=actor_of(request), user_id=payload.user_id, now=deps.clock().now())
    return Status(201, _erasure_out(view))
