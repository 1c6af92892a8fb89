"""What the token use cases hand around: plain values, no framework."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class TokenPair:
    access: str
    refresh: str
    access_expires_in: int  # seconds
    # Every refresh token rotated from one sign-in shares its family; logout ends the family.
    family: str


@dataclass(frozen=True)
class RefreshClaims:
    jti: str
    user_id: int
    expires_at: datetime
    family: str | None  # None for tokens minted before families existed
