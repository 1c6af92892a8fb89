from __future__ import annotations

import factory

from modules.notifications.models import Device


class DeviceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Device

    token = factory.Sequence(lambda n: f"device-token-{n:06d}")
    platform = "android"
