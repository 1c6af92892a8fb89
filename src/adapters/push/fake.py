"""In-memory push sender: records what was sent; tokens marked invalid behave like uninstalled apps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import count

from core.ports.push import InvalidDeviceToken, PushResult, PushUnavailable


@dataclass(frozen=True)
class SentPush:
    device_token: str
    title: str
    body: str
    data: Mapping[str, str]
    message_id: str


@dataclass
class FakePushSender:
    project_id: str = "fake-project"
    sent: list[SentPush] = field(default_factory=list)
    invalid_tokens: set[str] = field(default_factory=set)
    # Set to make every send fail as if FCM were down (or only sends to these tokens).
    unavailable: bool = False
    unavailable_tokens: set[str] = field(default_factory=set)
    _ids: count = field(default_factory=lambda: count(1))

    def send(self, *, device_token: str, title: str, body: str, data: Mapping[str, str]) -> PushResult:
        if self.unavailable or device_token in self.unavailable_tokens:
            raise PushUnavailable("fake FCM is down")
        if device_token in self.invalid_tokens:
            raise InvalidDeviceToken(f"device {device_token!r} is not registered")
        message_id = f"projects/{self.project_id}/messages/{next(self._ids)}"
        self.sent.append(SentPush(device_token, title, body, {str(k): str(v) for k, v in data.items()}, message_id))
        return PushResult(message_id=message_id)
