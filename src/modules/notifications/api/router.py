"""/api/devices: register the devices that receive my push notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Path, Router, Schema, Status
from pydantic import ConfigDict, Field

from modules.accounts.public import actor_of
from modules.notifications.repositories.devices import DeviceView
from modules.notifications.services import devices as services

router = Router(tags=["devices"])

DeviceId = Annotated[int, Path(ge=1, le=2**63 - 1)]


class DeviceIn(Schema):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(min_length=16, max_length=512, pattern=r"^[A-Za-z0-9_:\-.]+$")
    platform: Literal["ios", "android", "web"]


class DeviceOut(Schema):
    id: int
    platform: str
    token_hint: str = Field(description="The token's last 6 characters")
    created_at: datetime


def _out(d: DeviceView) -> DeviceOut:
    return DeviceOut(id=d.id, platform=d.platform, token_hint=d.token[-6:], created_at=d.created_at)


@router.post("", response={201: DeviceOut}, summary="Register this device for push notifications")
def register(request: HttpRequest, payload: DeviceIn):
    device = services.device_register(actor=actor_of(request), token=payload.token, platform=payload.platform)
    return Status(201, _out(device))


@router.get("", response=list[DeviceOut], summary="My registered devices")
def my_devices(request: HttpRequest) -> list[DeviceOut]:
    return [_out(d) for d in services.devices_list(actor=actor_of(request))]


@router.delete("/{device_id}", response={204: None}, summary="Stop pushing to this device")
def unregister(request: HttpRequest, device_id: DeviceId):
    services.device_unregister(actor=actor_of(request), device_id=device_id)
    return Status(204, None)
