from __future__ import annotations

from django.conf import settings
from django.db import models


class Device(models.Model):
    """A phone or browser that receives push notifications for its owner."""

    class Platform(models.TextChoices):
        IOS = "ios"
        ANDROID = "android"
        WEB = "web"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The provider's registration token; one device belongs to whoever registered it last.
    token = models.CharField(max_length=512, unique=True)
    platform = models.CharField(max_length=8, choices=Platform.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.platform} device {self.pk} of {self.user_id}"
