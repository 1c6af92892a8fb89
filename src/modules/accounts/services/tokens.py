"""JWT lifecycle: issue a pair, rotate a refresh token, revoke on logout.

A refresh token works once: rotating blacklists it, so a stolen-and-replayed token (or the
legitimate client's copy after a thief used it) is refused.

A sign-in is one token family (every rotation stays in it), bound to the allauth session that
signed in (identity/token_strategy.py): logging out through either ends both.
"""

from __future__ import annotations

from django.db import transaction

from core.errors import Unauthenticated
from modules.accounts.domain.tokens import TokenPair
from modules.accounts.repositories import tokens as repo

TOKEN_NOT_VALID = "token_not_valid"


def _refused(detail: str) -> Unauthenticated:
    return Unauthenticated(detail, code=TOKEN_NOT_VALID)


def tokens_issue(*, user_id: int, family: str | None = None) -> TokenPair:
    """A pair for a sign-in: in `family` (the sign-in's), or a new family."""
    pair = repo.issue_pair(user_id, family)
    if pair is None:
        raise _refused("The account is inactive or gone.")
    return pair


def tokens_refresh(*, refresh_token: str) -> TokenPair:
    try:
        claims = repo.read_refresh(refresh_token)
    except repo.InvalidToken as exc:
        raise _refused("The refresh token is not valid.") from exc
    with transaction.atomic():
        if not repo.blacklist_once(claims, refresh_token):
            raise _refused("The refresh token was already used.")
        pair = repo.issue_pair(claims.user_id, claims.family)
        if pair is None:
            raise _refused("The account is inactive or gone.")
    return pair


def tokens_revoke(*, refresh_token: str) -> str | None:
    """Logout: the token and its whole family are revoked. Returns the family, if any."""
    try:
        claims = repo.read_refresh(refresh_token)
    except repo.InvalidToken as exc:
        raise _refused("The refresh token is not valid.") from exc
    repo.blacklist_once(claims, refresh_token)
    if claims.family:
        repo.blacklist_family(claims.family)
    return claims.family


def tokens_revoke_family(*, family: str) -> None:
    repo.blacklist_family(family)


def tokens_family_is_live(*, family: str) -> bool:
    return repo.family_is_live(family)


def tokens_revoke_all(*, user_id: int) -> None:
    repo.blacklist_all_for(user_id)
