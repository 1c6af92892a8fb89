"""In-memory RTC token issuer: HMAC-signed tokens that expire, with a `verify` standing in for Agora."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime

from core.clock import Clock, SystemClock
from core.ports.rtc import RtcRole, RtcToken, check_token_request


class FakeRtcTokenIssuer:
    def __init__(self, *, app_id: str = "fake-rtc-app", signing_key: str = "fake-rtc", clock: Clock | None = None):
        self.app_id = app_id
        self._secret = signing_key.encode()
        self._clock = clock or SystemClock()
        self.issued: list[RtcToken] = []

    def _sign(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def issue_token(self, *, channel: str, uid: int, role: RtcRole, expires_at: datetime) -> RtcToken:
        check_token_request(channel=channel, uid=uid, expires_at=expires_at, now=self._clock.now())
        claims = {"app": self.app_id, "ch": channel, "uid": uid, "role": role.value, "exp": int(expires_at.timestamp())}
        body = base64.urlsafe_b64encode(json.dumps(claims, sort_keys=True).encode())
        token = RtcToken(
            token=f"fake1.{body.decode()}.{self._sign(body)}",
            app_id=self.app_id,
            channel=channel,
            uid=uid,
            expires_at=expires_at,
        )
        self.issued.append(token)
        return token

    def verify(self, *, token: str, channel: str, uid: int) -> RtcRole | None:
        """The role the token grants in ``channel`` to ``uid`` now, or None (forged, other channel/uid, expired)."""
        try:
            version, body, signature = token.split(".")
            if version != "fake1" or not hmac.compare_digest(self._sign(body.encode()), signature):
                return None
            claims = json.loads(base64.urlsafe_b64decode(body))
        except ValueError:
            return None
        if (claims["app"], claims["ch"], claims["uid"]) != (self.app_id, channel, uid):
            return None
        if self._clock.now().timestamp() >= claims["exp"]:
            return None
        return RtcRole(claims["role"])
