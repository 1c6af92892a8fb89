"""Agora RTC tokens (agora-token-builder, v1 `006` tokens), built offline: no network involved."""

from __future__ import annotations

from datetime import datetime

from agora_token_builder.RtcTokenBuilder import Role_Publisher, Role_Subscriber, RtcTokenBuilder

from core.clock import Clock, SystemClock
from core.ports.rtc import RtcError, RtcRole, RtcToken, check_token_request

_ROLES = {RtcRole.PUBLISHER: Role_Publisher, RtcRole.SUBSCRIBER: Role_Subscriber}


class AgoraTokenIssuer:
    def __init__(self, *, app_id: str, app_certificate: str, clock: Clock | None = None) -> None:
        if not app_id or not app_certificate:
            # Failing at startup beats handing out tokens Agora will refuse mid-call.
            raise RtcError("AGORA_APP_ID and AGORA_APP_CERTIFICATE must be set for the agora backend")
        self._app_id = app_id
        self._certificate = app_certificate
        self._clock = clock or SystemClock()

    def issue_token(self, *, channel: str, uid: int, role: RtcRole, expires_at: datetime) -> RtcToken:
        check_token_request(channel=channel, uid=uid, expires_at=expires_at, now=self._clock.now())
        token = RtcTokenBuilder.buildTokenWithUid(
            self._app_id, self._certificate, channel, uid, _ROLES[role], int(expires_at.timestamp())
        )
        return RtcToken(token=token, app_id=self._app_id, channel=channel, uid=uid, expires_at=expires_at)
