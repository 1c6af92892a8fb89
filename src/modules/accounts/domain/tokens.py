"""What the token use cases hand around: plain values, no framework."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str
    access_expires_in: int  # seconds


@dataclass(frozen=True)
class RefreshClaims:
    jti: str
    user_id: int
    expires_at: datetime
