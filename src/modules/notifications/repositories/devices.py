"""ORM access for registered devices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from modules.notifications.models import Device


@dataclass(frozen=True)
class DeviceView:
    id: int
    user_id: int
    token: str
    platform: str
    created_at: datetime


def _view(d: Device) -> DeviceView:
    return DeviceView(d.pk, d.user_id, d.token, d.platform, d.created_at)


def register(*, user_id: int, token: str, platform: str) -> DeviceView:
    device, _ = Device.objects.update_or_create(token=token, defaults={"user_id": user_id, "platform": platform})
    return _view(device)


def devices_of(user_id: int) -> list[DeviceView]:
    return [_view(d) for d in Device.objects.filter(user_id=user_id).order_by("pk")[:100]]


def delete_own(*, user_id: int, device_id: int) -> bool:
    deleted, _ = Device.objects.filter(pk=device_id, user_id=user_id).delete()
    return deleted > 0


def forget(device_id: int) -> None:
    Device.objects.filter(pk=device_id).delete()
