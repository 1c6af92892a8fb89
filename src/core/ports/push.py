"""Push notification port (Firebase Cloud Messaging in production)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from core.errors import ProviderError, ProviderUnavailable


class PushError(ProviderError):
    """The provider refused this message for good (e.g. a malformed payload, our credentials):
    sending it again will not help. Subclasses narrow it down."""

    code = "push_error"
    title = "The push provider refused the message"


class PushUnavailable(ProviderUnavailable, PushError):
    code = "push_unavailable"
    title = "The push provider is unavailable"


class InvalidDeviceToken(PushError):
    """The token will never work again (app uninstalled, token rotated, other project, malformed
    token): forget the device, do not retry."""

    code = "invalid_device_token"
    title = "The device token is no longer valid"


@dataclass(frozen=True)
class PushResult:
    message_id: str


class PushSender(Protocol):
    def send(self, *, device_token: str, title: str, body: str, data: Mapping[str, str]) -> PushResult: ...
