"""/api/notifications: register devices for push, read my notifications."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from kit.api import PageQuery, StrictSchema
from kit.fields import Int
from modules.accounts.public import actor_of
from modules.notifications import dependencies as deps
from modules.notifications.repositories import outbox as repo
from modules.notifications.services import delivery

router = Router(tags=["notifications"])


class DeviceIn(StrictSchema):
    token: str = Field(min_length=10, max_length=512, description="FCM registration token / installation id")
    platform: str = Field(pattern="^(ios|android|web)$")


class DeviceForgetIn(StrictSchema):
    token: str = Field(min_length=1, max_length=512)


class NotificationOut(Schema):
    id: int
    kind: str
    title: str
    body: str
    data: dict
    created_at: datetime
    read_at: datetime | None


class NotificationPage(Schema):
    items: list[NotificationOut]
    total: int
    limit: int
    offset: int


# Not `ReadIn`: chat has one, and OpenAPI components are named by class.
class NotificationsReadIn(StrictSchema):
    ids: list[Int] = Field(min_length=1, max_length=100)


@router.post(
    "/devices",
    response={204: None},
    summary="Register this device for push",
    operation_id="notifications_devices_register",
)
def device_register(request: HttpRequest, payload: DeviceIn):
    """Any signed-in account registers this device's push token (moved to the caller if another account had
    it).
    """
    repo.device_register(user_id=actor_of(request).user_id, token=payload.token, platform=payload.platform)
    return Status(204, None)


@router.post(
    "/devices/forget",
    response={204: None},
    summary="Stop push to this device (e.g. on sign-out)",
    operation_id="notifications_devices_forget",
)
def device_forget(request: HttpRequest, payload: DeviceForgetIn):
    """Any signed-in account stops push to one of its own devices; someone else's token is left alone."""
    # Only one's own device: someone else's token is silently left alone (and not revealed).
    repo.device_forget(token=payload.token, user_id=actor_of(request).user_id)
    return Status(204, None)


@router.get("", response=NotificationPage, summary="My notifications, newest first", operation_id="notifications_list")
def notification_list(request: HttpRequest, query: Query[PageQuery]):
    """Any signed-in account: its own notifications, newest first. Changes nothing."""
    items, total = repo.notifications_of(user_id=actor_of(request).user_id, limit=query.limit, offset=query.offset)
    return NotificationPage(
        items=[NotificationOut(**{k: getattr(n, k) for k in NotificationOut.model_fields}) for n in items],
        total=total,
        limit=query.limit,
        offset=query.offset,
    )


@router.post(
    "/read", response={204: None}, summary="Mark notifications as read", operation_id="notifications_mark_read"
)
def notification_read(request: HttpRequest, payload: NotificationsReadIn):
    """Any signed-in account marks some of its own notifications read; other ids are ignored."""
    delivery.mark_read(user_id=actor_of(request).user_id, ids=payload.ids, at=deps.clock().now())
    return Status(204, None)
