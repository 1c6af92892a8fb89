"""Push notifications through Firebase Cloud Messaging (firebase-admin, FCM HTTP v1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import firebase_admin
from firebase_admin import credentials, exceptions, messaging

from core.ports.push import InvalidDeviceToken, PushError, PushResult, PushUnavailable

# Errors that mean "this device will never receive anything again": the caller forgets it.
_GONE = (messaging.UnregisteredError, messaging.SenderIdMismatchError)
# Errors worth retrying later.
_TRANSIENT = (
    exceptions.UnavailableError,
    exceptions.InternalError,
    exceptions.DeadlineExceededError,
    exceptions.ResourceExhaustedError,
    messaging.QuotaExceededError,
)


def _about_the_token(exc: exceptions.FirebaseError) -> bool:
    """Whether FCM's INVALID_ARGUMENT blames the registration token (malformed, truncated), not
    the message: FCM names the field in a google.rpc.BadRequest detail."""
    try:
        error: Any = exc.http_response.json().get("error", {}) if exc.http_response is not None else {}
    except ValueError:
        error = {}
    fields = {
        violation.get("field", "")
        for detail in error.get("details", [])
        if isinstance(detail, dict)
        for violation in detail.get("fieldViolations", [])
        if isinstance(violation, dict)
    }
    return bool(fields & {"message.token", "message.fid"}) or "registration token" in str(exc).lower()


class FirebasePushSender:
    def __init__(self, *, credentials_file: str, app_name: str = "humanlink-push") -> None:
        if not credentials_file:
            raise PushError("FIREBASE_CREDENTIALS_FILE must be set for the firebase backend")
        # A named app of our own, so nothing else in the process (or a second container) clashes
        # with firebase-admin's global default app.
        try:
            self._app = firebase_admin.get_app(app_name)
        except ValueError:
            self._app = firebase_admin.initialize_app(credentials.Certificate(credentials_file), name=app_name)

    def send(self, *, device_token: str, title: str, body: str, data: Mapping[str, str]) -> PushResult:
        message = messaging.Message(
            fid=device_token,
            notification=messaging.Notification(title=title, body=body),
            data={str(k): str(v) for k, v in data.items()},
        )
        try:
            message_id = messaging.send(message, app=self._app)
        except _GONE as exc:
            raise InvalidDeviceToken(str(exc)) from exc
        except _TRANSIENT as exc:
            raise PushUnavailable(f"FCM unavailable: {exc.code}") from exc
        except exceptions.InvalidArgumentError as exc:
            if _about_the_token(exc):  # a malformed token never becomes valid: forget the device
                raise InvalidDeviceToken(f"FCM: invalid registration token ({exc})") from exc
            raise PushError(f"FCM refused the message: {exc.code}") from exc
        except exceptions.FirebaseError as exc:
            # FirebaseError also covers transport failures (no HTTP response): those are outages.
            if exc.http_response is None and exc.code == exceptions.UNKNOWN:
                raise PushUnavailable("FCM unreachable") from exc
            raise PushError(f"FCM refused the message: {exc.code}") from exc
        except ValueError as exc:
            raise PushError(f"invalid push message: {exc}") from exc
        return PushResult(message_id=message_id)
