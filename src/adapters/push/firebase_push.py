"""Push notifications through Firebase Cloud Messaging (firebase-admin, FCM HTTP v1)."""

from __future__ import annotations

from collections.abc import Mapping

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
        except exceptions.FirebaseError as exc:
            # FirebaseError also covers transport failures (no HTTP response): those are outages.
            if exc.http_response is None and exc.code == exceptions.UNKNOWN:
                raise PushUnavailable("FCM unreachable") from exc
            raise PushError(f"FCM refused the message: {exc.code}") from exc
        except ValueError as exc:
            raise PushError(f"invalid push message: {exc}") from exc
        return PushResult(message_id=message_id)
