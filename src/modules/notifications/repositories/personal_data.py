"""Everything notifications holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from kit.export import label, rows
from modules.notifications.models import Device, Notification, Preference, QuietHours


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        label(Device): rows(Device.objects.filter(user_id=user_id)),
        label(Notification): rows(Notification.objects.filter(user_id=user_id)),
        label(Preference): rows(Preference.objects.filter(user_id=user_id)),
        label(QuietHours): rows(QuietHours.objects.filter(user_id=user_id)),
    }


def erase(user_id: int) -> None:
    Device.objects.filter(user_id=user_id).delete()
    Notification.objects.filter(user_id=user_id).delete()
    Preference.objects.filter(user_id=user_id).delete()
    QuietHours.objects.filter(user_id=user_id).delete()
