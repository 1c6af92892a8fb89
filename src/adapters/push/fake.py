"""In-memory push sender: records what was sent, and fails like FCM where a test asks it to.

Tokens in `invalid_tokens` behave like uninstalled apps; `failing_tokens` maps a token to one of
FCM's error classes (`FCM_ERRORS`), raised as the Firebase adapter raises it (the contract suite
in tests/adapters/push checks that both agree, class by class)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import count

from core.ports.push import InvalidDeviceToken, PushError, PushResult, PushUnavailable

# FCM's error classes and what the port makes of them. `INVALID_TOKEN` is FCM's INVALID_ARGUMENT
# about the registration token (malformed, truncated); `INVALID_ARGUMENT` is about the message.
FCM_ERRORS: dict[str, type[PushError]] = {
    "UNREGISTERED": InvalidDeviceToken,
    "SENDER_ID_MISMATCH": InvalidDeviceToken,
    "INVALID_TOKEN": InvalidDeviceToken,
    "INVALID_ARGUMENT": PushError,
    "THIRD_PARTY_AUTH_ERROR": PushError,
    "PERMISSION_DENIED": PushError,
    "UNAVAILABLE": PushUnavailable,
    "INTERNAL": PushUnavailable,
    "QUOTA_EXCEEDED": PushUnavailable,
}


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
    # Token → a key of FCM_ERRORS: sends to it fail with that FCM error.
    failing_tokens: dict[str, str] = field(default_factory=dict)
    _ids: count = field(default_factory=lambda: count(1))

    def send(self, *, device_token: str, title: str, body: str, data: Mapping[str, str]) -> PushResult:
        if self.unavailable or device_token in self.unavailable_tokens:
            raise PushUnavailable("fake FCM is down")
        if device_token in self.invalid_tokens:
            raise InvalidDeviceToken(f"device {device_token!r} is not registered")
        if (fcm_error := self.failing_tokens.get(device_token)) is not None:
            raise FCM_ERRORS[fcm_error](f"fake FCM error {fcm_error}")
        message_id = f"projects/{self.project_id}/messages/{next(self._ids)}"
        self.sent.append(SentPush(device_token, title, body, {str(k): str(v) for k, v in data.items()}, message_id))
        return PushResult(message_id=message_id)
