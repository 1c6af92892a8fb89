"""Refresh-token storage: ninja-jwt's outstanding/blacklisted token tables.

Tokens are built and verified by ninja-jwt's own token classes; this module only decides
which of them may still be used. Returns plain values, never models.

A sign-in starts a token *family*: every refresh token rotated from it carries the family in
its `fam` claim and as the prefix of its `jti` (`<family>.<random>`), so the family's tokens
are found by an indexed prefix match on the outstanding-token table, with no table of our own.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from ninja_jwt.exceptions import TokenError
from ninja_jwt.settings import api_settings
from ninja_jwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from ninja_jwt.tokens import RefreshToken

from modules.accounts.domain.tokens import RefreshClaims, TokenPair
from modules.accounts.models import User


class InvalidToken(Exception):
    """The token is malformed, forged, expired, of the wrong type, or revoked."""


FAMILY_CLAIM = "fam"


def new_family() -> str:
    return uuid.uuid4().hex


def issue_pair(user_id: int, family: str | None = None) -> TokenPair | None:
    """A fresh access+refresh pair for an active user (None if the user is gone or inactive).

    The refresh token joins `family`, or starts a new one.
    """
    user = User.objects.filter(pk=user_id, is_active=True).only("pk").first()
    if user is None:
        return None
    family = family or new_family()
    refresh = RefreshToken()
    refresh[api_settings.USER_ID_CLAIM] = user.pk
    refresh[FAMILY_CLAIM] = family
    refresh[api_settings.JTI_CLAIM] = f"{family}.{refresh[api_settings.JTI_CLAIM]}"
    # What RefreshToken.for_user records, with our jti.
    OutstandingToken.objects.create(
        user=user,
        jti=refresh[api_settings.JTI_CLAIM],
        token=str(refresh),
        created_at=refresh.current_time,
        expires_at=datetime.fromtimestamp(int(refresh["exp"]), tz=UTC),
    )
    return TokenPair(
        access=str(refresh.access_token),
        refresh=str(refresh),
        access_expires_in=int(api_settings.ACCESS_TOKEN_LIFETIME.total_seconds()),
        family=family,
    )


def read_refresh(raw: str) -> RefreshClaims:
    """Verify signature, expiry, type and blacklist; raise InvalidToken otherwise."""
    try:
        token = RefreshToken(raw)
        jti = str(token[api_settings.JTI_CLAIM])
        family = token.get(FAMILY_CLAIM)
        return RefreshClaims(
            jti=jti,
            user_id=int(token[api_settings.USER_ID_CLAIM]),
            expires_at=datetime.fromtimestamp(int(token["exp"]), tz=UTC),
            family=str(family) if family and jti.startswith(f"{family}.") else None,
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


def _family_tokens(family: str):
    return OutstandingToken.objects.filter(jti__startswith=f"{family}.")


def _blacklist(tokens) -> int:
    """Blacklist the tokens not blacklisted yet (ids only, no row is loaded); returns how many."""
    pending = tokens.filter(blacklistedtoken__isnull=True).values_list("pk", flat=True)
    created = BlacklistedToken.objects.bulk_create(
        [BlacklistedToken(token_id=pk) for pk in pending], ignore_conflicts=True
    )
    return len(created)


def blacklist_family(family: str) -> int:
    """Revoke every refresh token of a sign-in (logout)."""
    return _blacklist(_family_tokens(family))


def family_is_live(family: str) -> bool:
    """Does the sign-in still hold a refresh token that works (not revoked, not expired)?"""
    return _family_tokens(family).filter(blacklistedtoken__isnull=True, expires_at__gt=timezone.now()).exists()


def blacklist_all_for(user_id: int) -> int:
    """Revoke every refresh token a user holds: password reset, deactivation, erasure."""
    return _blacklist(OutstandingToken.objects.filter(user_id=user_id))
