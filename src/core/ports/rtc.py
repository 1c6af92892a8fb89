"""Real-time communication (voice/video) port: tokens that let a client join one channel as one uid."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from core.errors import FieldProblem, InvalidInput, ProviderError

MAX_UID = 2**32 - 1
# Agora's documented channel-name alphabet, at most 64 bytes.
_CHANNEL = re.compile(r"^[A-Za-z0-9 !#$%&()+\-:;<=.>?@\[\]^_{|}~,]{1,64}$")


class RtcError(ProviderError):
    code = "rtc_error"
    title = "The call provider failed"


class RtcRole(StrEnum):
    PUBLISHER = "publisher"
    SUBSCRIBER = "subscriber"


@dataclass(frozen=True)
class RtcToken:
    token: str
    app_id: str
    channel: str
    uid: int
    expires_at: datetime


def check_token_request(*, channel: str, uid: int, expires_at: datetime, now: datetime) -> None:
    """The rules every issuer shares, so the fake refuses exactly what the real one would."""
    problems = []
    if not _CHANNEL.match(channel):
        problems.append(FieldProblem(("channel",), "1-64 characters from Agora's channel-name alphabet"))
    if not 1 <= uid <= MAX_UID:
        problems.append(FieldProblem(("uid",), f"must be between 1 and {MAX_UID}"))
    if expires_at.tzinfo is None:
        problems.append(FieldProblem(("expires_at",), "must be timezone-aware"))
    elif expires_at <= now:
        problems.append(FieldProblem(("expires_at",), "must be in the future"))
    if problems:
        raise InvalidInput("Invalid RTC token request", errors=problems)


class RtcTokenIssuer(Protocol):
    def issue_token(self, *, channel: str, uid: int, role: RtcRole, expires_at: datetime) -> RtcToken: ...
