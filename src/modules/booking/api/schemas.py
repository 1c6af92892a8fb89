from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field, model_validator

from kit.api import StrictSchema
from kit.fields import AwareDatetime, Bool, Date, Id, Int, Timezone
from modules.booking.domain.sessions import SessionStatus, SessionType


class WeeklyWindowIn(StrictSchema):
    weekday: Int = Field(ge=0, le=6, description="0 = Monday … 6 = Sunday")
    start_minute: Int = Field(ge=0, le=1439, description="local minutes since midnight")
    end_minute: Int = Field(ge=1, le=1440)

    @model_validator(mode="after")
    def _ordered(self) -> WeeklyWindowIn:
        if self.end_minute <= self.start_minute:
            raise ValueError("end_minute must be after start_minute")
        return self


class ExceptionIn(StrictSchema):
    on: Date
    kind: str = Field(pattern="^(off|extra)$")
    start_minute: Int = Field(default=0, ge=0, le=1439)
    end_minute: Int = Field(default=1440, ge=1, le=1440)

    @model_validator(mode="after")
    def _ordered(self) -> ExceptionIn:
        if self.end_minute <= self.start_minute:
            raise ValueError("end_minute must be after start_minute")
        return self


class AvailabilityIn(StrictSchema):
    timezone: Timezone = Field(description="IANA timezone of the hours below")
    weekly: list[WeeklyWindowIn] = Field(max_length=50)
    exceptions: list[ExceptionIn] = Field(default_factory=list, max_length=200)
    min_notice_minutes: Int = Field(default=120, ge=0, le=14 * 24 * 60)
    buffer_minutes: Int = Field(default=0, ge=0, le=240)


class AvailabilityOut(Schema):
    timezone: str
    weekly: list[WeeklyWindowIn]
    exceptions: list[ExceptionIn]
    min_notice_minutes: int
    buffer_minutes: int


class SlotOut(Schema):
    start: datetime
    end: datetime
    start_local: datetime = Field(description="start in the requester's timezone")
    end_local: datetime


class BookingIn(StrictSchema):
    friend_id: Id
    session_type: SessionType
    start: AwareDatetime = Field(description="with a UTC offset; naive times are refused")
    duration_minutes: Int = Field(ge=1, le=24 * 60)
    pay_per_session: Bool = Field(
        default=False,
        description="if the plan does not cover it, book it as a premium session pending a one-off payment",
    )


class SessionOut(Schema):
    id: int
    user_id: int
    friend_id: int
    session_type: str
    start: datetime
    end: datetime
    status: SessionStatus
    price_minor: int
    currency: str


class CancelIn(StrictSchema):
    reason: str = Field(min_length=1, max_length=500)


class RescheduleIn(StrictSchema):
    start: AwareDatetime
    duration_minutes: Int | None = Field(default=None, ge=1, le=24 * 60)
    reason: str = Field(default="", max_length=500)


class NoShowIn(StrictSchema):
    reason: str = Field(default="", max_length=500)


class TransitionOut(Schema):
    from_status: str
    to_status: str
    actor_id: int | None
    reason: str
    at: datetime


class SessionDetailOut(SessionOut):
    counterpart_name: str
    transitions: list[TransitionOut]
    recording: Literal["none", "requested", "recording"] = Field(
        description="whether a recording is asked for or running now (/api/recordings/sessions/{id})"
    )


class SessionListItem(SessionOut):
    counterpart_name: str = Field(description="the other participant's display name")


class SessionPage(Schema):
    items: list[SessionListItem]
    total: int
    limit: int
    offset: int


class RtcOut(Schema):
    provider: str = "agora"
    app_id: str
    channel: str
    uid: int
    token: str
    expires_at: datetime


class JoinOut(Schema):
    session: SessionOut
    rtc: RtcOut | None = Field(description="voice/video: join this channel with this token; join again to renew")
    conversation_id: int | None = Field(description="text: open this chat conversation (/api/chat, /ws/chat/)")
