"""The request and response shapes of /api/notifications."""

from __future__ import annotations

from datetime import datetime

from ninja import Schema
from pydantic import Field

from kit.api import StrictSchema
from kit.fields import Bool, Int, Timezone
from modules.notifications.domain.kinds import NotificationKind


class DeviceIn(StrictSchema):
    token: str = Field(min_length=10, max_length=512, description="FCM registration token / installation id")
    platform: str = Field(pattern="^(ios|android|web)$")


class DeviceForgetIn(StrictSchema):
    token: str = Field(min_length=1, max_length=512)


class DeviceOut(Schema):
    id: int
    platform: str
    token_hint: str = Field(description="The token's last characters, to tell devices apart")
    created_at: datetime
    last_seen_at: datetime


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


class UnreadCountOut(Schema):
    unread: int


class ChannelsOut(Schema):
    push: bool
    email: bool
    in_app: bool


class KindPreferenceOut(Schema):
    kind: NotificationKind
    push: bool
    email: bool
    in_app: bool
    default: ChannelsOut = Field(description="What this kind uses for someone who never changed it")


_HH_MM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class QuietHoursOut(Schema):
    start: str = Field(description="HH:MM, wall-clock time in `timezone`")
    end: str


class NotificationPreferencesOut(Schema):
    kinds: list[KindPreferenceOut]
    quiet_hours: QuietHoursOut | None
    timezone: Timezone = Field(description="The profile's timezone, in which quiet hours are read")


class KindPreferenceIn(StrictSchema):
    kind: NotificationKind = Field(description="Any kind but `account` (transactional, always on)")
    push: Bool | None = None
    email: Bool | None = None
    in_app: Bool | None = None


class QuietHoursIn(StrictSchema):
    start: str = Field(pattern=_HH_MM, description="HH:MM in the profile's timezone; may be later than `end`")
    end: str = Field(pattern=_HH_MM)


class NotificationPreferencesIn(StrictSchema):
    kinds: list[KindPreferenceIn] = Field(default_factory=list, max_length=len(NotificationKind))
    quiet_hours: QuietHoursIn | None = Field(
        default=None, description="Absent: unchanged; null: no quiet hours; start = end is refused"
    )


class UnsubscribeOut(Schema):
    kind: NotificationKind
    email: bool = Field(description="Whether email of this kind is on")
