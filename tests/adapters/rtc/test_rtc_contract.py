"""One contract for every RtcTokenIssuer: the fake and Agora's token builder (decoded back here)."""

from __future__ import annotations

import base64
import hmac
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from zlib import crc32

import pytest
from agora_token_builder.AccessToken import AccessToken, kJoinChannel, kPublishAudioStream

from adapters.rtc.agora_tokens import AgoraTokenIssuer
from adapters.rtc.fake import FakeRtcTokenIssuer
from core.clock import FrozenClock
from core.errors import InvalidInput
from core.ports.rtc import RtcError, RtcRole, RtcTokenIssuer

APP_ID = "0123456789abcdef0123456789abcdef"  # Agora app ids are 32 hex characters
CERTIFICATE = "fedcba9876543210fedcba9876543210"


def _read_string(buff: bytes, at: int) -> tuple[bytes, int]:
    (length,) = struct.unpack_from("<H", buff, at)
    return buff[at + 2 : at + 2 + length], at + 2 + length


def agora_grants(token: str, *, channel: str, uid: int, now: datetime) -> RtcRole | None:
    """What Agora would let this token do now: decode the 006 token and check its signature and privileges."""
    parsed = AccessToken()
    if not token.startswith("006") or not parsed.fromString(token) or token[3:35] != APP_ID:
        return None
    content = base64.b64decode(token[35:])
    signature, at = _read_string(content, 0)
    crc_channel, crc_uid = struct.unpack_from("<II", content, at)
    message, _ = _read_string(content, at + 8)
    expected = hmac.new(CERTIFICATE.encode(), APP_ID.encode() + channel.encode() + str(uid).encode() + message, sha256)
    if not hmac.compare_digest(signature, expected.digest()):
        return None
    if (crc_channel, crc_uid) != (crc32(channel.encode()), crc32(str(uid).encode())):
        return None
    if now.timestamp() >= parsed.messages.get(kJoinChannel, 0):
        return None
    return RtcRole.PUBLISHER if kPublishAudioStream in parsed.messages else RtcRole.SUBSCRIBER


@dataclass
class Harness:
    issuer: RtcTokenIssuer
    grants: Callable[..., RtcRole | None]
    clock: FrozenClock


@pytest.fixture(params=["fake", "agora"])
def harness(request) -> Harness:
    clock = FrozenClock(datetime(2026, 1, 1, 12, tzinfo=UTC))
    if request.param == "fake":
        fake = FakeRtcTokenIssuer(clock=clock)
        return Harness(fake, lambda token, channel, uid: fake.verify(token=token, channel=channel, uid=uid), clock)
    issuer = AgoraTokenIssuer(app_id=APP_ID, app_certificate=CERTIFICATE, clock=clock)
    return Harness(
        issuer, lambda token, channel, uid: agora_grants(token, channel=channel, uid=uid, now=clock.now()), clock
    )


def test_token_lets_that_uid_into_that_channel_until_it_expires(harness):
    expires_at = harness.clock.now() + timedelta(minutes=70)
    token = harness.issuer.issue_token(channel="booking-42", uid=7, role=RtcRole.PUBLISHER, expires_at=expires_at)
    assert (token.channel, token.uid, token.expires_at) == ("booking-42", 7, expires_at)
    assert token.app_id
    assert harness.grants(token.token, "booking-42", 7) == RtcRole.PUBLISHER
    assert harness.grants(token.token, "booking-43", 7) is None
    assert harness.grants(token.token, "booking-42", 8) is None
    harness.clock.advance(timedelta(minutes=70))
    assert harness.grants(token.token, "booking-42", 7) is None


def test_subscriber_token_cannot_publish(harness):
    token = harness.issuer.issue_token(
        channel="event-1", uid=99, role=RtcRole.SUBSCRIBER, expires_at=harness.clock.now() + timedelta(hours=1)
    )
    assert harness.grants(token.token, "event-1", 99) == RtcRole.SUBSCRIBER


def test_forged_token_is_refused(harness):
    token = harness.issuer.issue_token(
        channel="c", uid=1, role=RtcRole.PUBLISHER, expires_at=harness.clock.now() + timedelta(hours=1)
    )
    forged = token.token[:-6] + ("A" * 6 if not token.token.endswith("A" * 6) else "B" * 6)
    assert harness.grants(forged, "c", 1) is None


@pytest.mark.parametrize(
    ("channel", "uid", "offset"),
    [("", 1, 60), ("x" * 65, 1, 60), ("bad/slash", 1, 60), ("ok", 0, 60), ("ok", 2**32, 60), ("ok", 1, -1)],
)
def test_invalid_requests_are_refused(harness, channel, uid, offset):
    with pytest.raises(InvalidInput):
        harness.issuer.issue_token(
            channel=channel, uid=uid, role=RtcRole.PUBLISHER, expires_at=harness.clock.now() + timedelta(seconds=offset)
        )


def test_agora_needs_credentials():
    with pytest.raises(RtcError):
        AgoraTokenIssuer(app_id="", app_certificate="")
