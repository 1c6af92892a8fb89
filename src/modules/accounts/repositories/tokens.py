"""Refresh-token storage: ninja-jwt's outstanding/blacklisted token tables.

Tokens are built and verified by ninja-jwt's own token classes; this module only decides
which of them may still be used. Returns plain values, never models.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.db import IntegrityError, transaction
from ninja_jwt.exceptions import TokenError
from ninja_jwt.settings import api_settings
from ninja_jwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from ninja_jwt.tokens import RefreshToken

from modules.accounts.domain.tokens import RefreshClaims, TokenPair
from modules.accounts.models import User


class InvalidToken(Exception):
    """The token is malformed, forged, expired, of the wrong type, or revoked."""


def issue_pair(user_id: int) -> TokenPair | None:
    """A fresh access+refresh pair for an active user (None if the user is gone or inactive)."""
    user = User.objects.filter(pk=user_id, is_active=True).only("pk").first()
    if user is None:
        return None
    refresh = RefreshToken.for_user(user)  # records it as outstanding
    return TokenPair(
        access=str(refresh.access_token),
        refresh=str(refresh),
        access_expires_in=int(api_settings.ACCESS_TOKEN_LIFETIME.total_seconds()),
    )


def read_refresh(raw: str) -> RefreshClaims:
    """Verify signature, expiry, type and blacklist; raise InvalidToken otherwise."""
    try:
        token = RefreshToken(raw)
        return RefreshClaims(
            jti=str(token[api_settings.JTI_CLAIM]),
            user_id=int(token[api_settings.USER_ID_CLAIM]),
            expires_at=datetime.fromtimestamp(int(token["exp"]), tz=UTC),
        )
    except (TokenError, KeyError, TypeError, ValueError) as exc:
        raise InvalidToken(str(exc)) from exc


def blacklist_once(claims: RefreshClaims, raw: str) -> bool:
    """Blacklist the token; False if it already was.

    The unique constraint on BlacklistedToken.token decides between concurrent refreshes of
    the same token: exactly one of them gets True, so a rotated token works once.
    """
    outstanding, _ = OutstandingToken.objects.get_or_create(
        jti=claims.jti,
        defaults={"token": raw, "expires_at": claims.expires_at, "user_id": claims.user_id},
    )
    try:
        with transaction.atomic():
            BlacklistedToken.objects.create(token=outstanding)
    except IntegrityError:
        return False
    return True


def blacklist_all_for(user_id: int) -> int:
    """Revoke every refresh token a user holds (e.g. after a password reset)."""
    pending = OutstandingToken.objects.filter(user_id=user_id, blacklistedtoken__isnull=True)
    created = BlacklistedToken.objects.bulk_create(
        [BlacklistedToken(token=token) for token in pending], ignore_conflicts=True
    )
    return len(created)
