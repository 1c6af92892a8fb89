"""/api/notifications: devices for push, the inbox, preferences and one-click unsubscribe."""

from __future__ import annotations

from datetime import time

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from core.api_errors import error_responses
from kit.api import Id, PageQuery
from modules.accounts.public import actor_of
from modules.notifications import dependencies as deps
from modules.notifications.api.schemas import (
    DeviceForgetIn,
    DeviceIn,
    DeviceOut,
    KindPreferenceOut,
    NotificationOut,
    NotificationPage,
    NotificationPreferencesIn,
    NotificationPreferencesOut,
    NotificationsReadIn,
    QuietHoursOut,
    UnreadCountOut,
    UnsubscribeOut,
)
from modules.notifications.domain.quiet_hours import QuietHours
from modules.notifications.services import inbox, preferences
from modules.notifications.services.preferences import KEEP, ChannelChange, PreferencesView, UnsubscribeView

router = Router(tags=["notifications"])


class UnsubscribeQuery(Schema):
    token: str = Field(min_length=1, max_length=500, description="The signed token from the email's link")


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
    inbox.device_register(user_id=actor_of(request).user_id, token=payload.token, platform=payload.platform)
    return Status(204, None)


@router.post(
    "/devices/forget",
    response={204: None},
    summary="Stop push to this device (e.g. on sign-out)",
    operation_id="notifications_devices_forget",
)
def device_forget(request: HttpRequest, payload: DeviceForgetIn):
    """Any signed-in account stops push to one of its own devices; someone else's token is left alone."""
    inbox.device_forget(user_id=actor_of(request).user_id, token=payload.token)
    return Status(204, None)


@router.get(
    "/devices", response=list[DeviceOut], summary="My registered devices", operation_id="notifications_devices_list"
)
def device_list(request: HttpRequest):
    """Any signed-in account: its own devices registered for push, newest first. Changes nothing."""
    return [DeviceOut(**vars(d)) for d in inbox.device_list(user_id=actor_of(request).user_id)]


@router.delete(
    "/devices/{device_id}",
    response={204: None},
    summary="Remove one of my devices",
    operation_id="notifications_devices_remove",
    openapi_extra=error_responses(404),
)
def device_remove(request: HttpRequest, device_id: Id):
    """Any signed-in account removes one of its own devices (no more push to it); another's device is 404."""
    inbox.device_remove(user_id=actor_of(request).user_id, device_id=device_id)
    return Status(204, None)


@router.get("", response=NotificationPage, summary="My notifications, newest first", operation_id="notifications_list")
def notification_list(request: HttpRequest, query: Query[PageQuery]):
    """Any signed-in account: its own in-app notifications, newest first. Changes nothing."""
    page = inbox.inbox_page(user_id=actor_of(request).user_id, limit=query.limit, offset=query.offset)
    return NotificationPage(
        items=[NotificationOut(**{k: getattr(n, k) for k in NotificationOut.model_fields}) for n in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get(
    "/unread-count",
    response=UnreadCountOut,
    summary="How many of my notifications are unread",
    operation_id="notifications_unread_count",
)
def unread_count(request: HttpRequest):
    """Any signed-in account: the number of its unread in-app notifications (one query). Changes nothing."""
    return UnreadCountOut(unread=inbox.unread_count(user_id=actor_of(request).user_id))


@router.post(
    "/read", response={204: None}, summary="Mark notifications as read", operation_id="notifications_mark_read"
)
def notification_read(request: HttpRequest, payload: NotificationsReadIn):
    """Any signed-in account marks some of its own notifications read; other ids are ignored."""
    inbox.mark_read(user_id=actor_of(request).user_id, ids=payload.ids, at=deps.clock().now())
    return Status(204, None)


def _preferences_out(view: PreferencesView) -> NotificationPreferencesOut:
    q = view.quiet_hours
    return NotificationPreferencesOut(
        kinds=[
            KindPreferenceOut(
                kind=c.kind,
                push=c.channels.push,
                email=c.channels.email,
                in_app=c.channels.in_app,
                default={"push": c.default.push, "email": c.default.email, "in_app": c.default.in_app},
            )
            for c in view.kinds
        ],
        quiet_hours=QuietHoursOut(start=q.start.strftime("%H:%M"), end=q.end.strftime("%H:%M")) if q else None,
        timezone=view.timezone,
    )


@router.get(
    "/preferences",
    response=NotificationPreferencesOut,
    summary="My notification preferences",
    operation_id="notifications_preferences_get",
)
def preferences_get(request: HttpRequest):
    """Any signed-in account: its channels (push, email, in-app) per kind and its quiet hours. Changes nothing."""
    return _preferences_out(preferences.preferences_get(user_id=actor_of(request).user_id))


@router.patch(
    "/preferences",
    response=NotificationPreferencesOut,
    summary="Change my notification preferences",
    operation_id="notifications_preferences_update",
)
def preferences_update(request: HttpRequest, payload: NotificationPreferencesIn):
    """Any signed-in account changes its own preferences: only the kinds and channels named (a channel left out
    stays as it is), and its quiet hours when `quiet_hours` is given (null removes them). All or nothing.
    """
    quiet: QuietHours | object | None = KEEP
    if "quiet_hours" in payload.model_fields_set:
        q = payload.quiet_hours
        quiet = QuietHours(time.fromisoformat(q.start), time.fromisoformat(q.end)) if q else None
    view = preferences.preferences_update(
        user_id=actor_of(request).user_id,
        changes=[ChannelChange(c.kind, push=c.push, email=c.email, in_app=c.in_app) for c in payload.kinds],
        quiet_hours=quiet,
    )
    return _preferences_out(view)


def _unsubscribe_out(view: UnsubscribeView) -> UnsubscribeOut:
    return UnsubscribeOut(kind=view.kind, email=view.email)


@router.get(
    "/unsubscribe",
    auth=None,
    response=UnsubscribeOut,
    summary="What an email's unsubscribe link would turn off",
    operation_id="notifications_unsubscribe_get",
    openapi_extra=error_responses(404),
)
def unsubscribe_get(request: HttpRequest, query: Query[UnsubscribeQuery]):
    """Anyone holding the signed link from an email (no sign-in): which kind of email it stops, and whether that
    email is on now. Changes nothing (mail scanners follow links: only POST unsubscribes).
    """
    return _unsubscribe_out(preferences.unsubscribe_status(token=query.token))


@router.post(
    "/unsubscribe",
    auth=None,
    response=UnsubscribeOut,
    summary="Unsubscribe from one kind of email (one click)",
    operation_id="notifications_unsubscribe",
    openapi_extra=error_responses(404),
)
def unsubscribe_post(request: HttpRequest, query: Query[UnsubscribeQuery]):
    """Anyone holding the signed link from an email (no sign-in; RFC 8058 one-click, whatever the body): turns that
    kind of email off for the link's person. Idempotent.
    """
    return _unsubscribe_out(preferences.unsubscribe_confirm(token=query.token))
