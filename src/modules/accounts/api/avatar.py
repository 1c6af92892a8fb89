"""/api/users/me/avatar: presigned upload, confirm, remove."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from modules.accounts.api.me_out import me_out
from modules.accounts.api.schemas import MeOut, StrictSchema
from modules.accounts.auth import actor_of
from modules.accounts.dependencies import media_storage
from modules.accounts.services import avatar as avatar_services

router = Router(tags=["users"])


class AvatarUploadIn(StrictSchema):
    content_type: str = Field(min_length=1, max_length=100, examples=["image/jpeg"])


class AvatarUploadOut(Schema):
    url: str = Field(description="POST a multipart form here: every entry of `fields`, then `file`.")
    fields: dict[str, str]
    key: str = Field(description="Send this to POST /api/users/me/avatar once the upload succeeded.")
    content_type: str
    max_bytes: int
    expires_at: datetime


class AvatarConfirmIn(StrictSchema):
    key: str = Field(min_length=1, max_length=255)


@router.post(
    "/me/avatar/upload",
    response=AvatarUploadOut,
    summary="Start an avatar upload",
    operation_id="users_avatar_upload_start",
    openapi_extra=error_responses(502),
)
def avatar_upload(request: HttpRequest, payload: AvatarUploadIn) -> AvatarUploadOut:
    """Any signed-in account: a short-lived presigned form to upload an avatar image straight to the media store (under
    the caller's own key prefix). Changes nothing yet.
    """
    upload = avatar_services.avatar_upload_start(
        actor=actor_of(request), content_type=payload.content_type, storage=media_storage()
    )
    return AvatarUploadOut(
        url=upload.url,
        fields=dict(upload.fields),
        key=upload.key,
        content_type=upload.content_type,
        max_bytes=upload.max_bytes,
        expires_at=upload.expires_at,
    )


@router.post(
    "/me/avatar",
    response=MeOut,
    summary="Use an uploaded image as my avatar",
    operation_id="users_avatar_confirm",
    openapi_extra=error_responses(502),
)
def avatar_confirm(request: HttpRequest, payload: AvatarConfirmIn) -> MeOut:
    """Any signed-in account: after the upload succeeded, make that object (checked for type and size) its avatar; the
    previous avatar is deleted.
    """
    view = avatar_services.avatar_confirm(actor=actor_of(request), key=payload.key, storage=media_storage())
    return me_out(view)


@router.delete(
    "/me/avatar",
    response={204: None},
    summary="Remove my avatar",
    operation_id="users_avatar_delete",
    openapi_extra=error_responses(502),
)
def avatar_delete(request: HttpRequest) -> Status:
    """Any signed-in account removes its own avatar."""
    avatar_services.avatar_remove(actor=actor_of(request), storage=media_storage())
    return Status(204, None)
