"""JWT lifecycle: issue a pair, rotate a refresh token, revoke on logout.

A refresh token works once: rotating blacklists it, so a stolen-and-replayed token (or the
legitimate client's copy after a thief used it) is refused.
"""

from __future__ import annotations

from django.db import transaction

from core.errors import Unauthenticated
from modules.accounts.domain.tokens import TokenPair
from modules.accounts.repositories import tokens as repo

TOKEN_NOT_VALID = "token_not_valid"


def _refused(detail: str) -> Unauthenticated:
    return Unauthenticated(detail, code=TOKEN_NOT_VALID)


def tokens_issue(*, user_id: int) -> TokenPair:
    pair = repo.issue_pair(user_id)
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
        pair = repo.issue_pair(claims.user_id)
        if pair is None:
            raise _refused("The account is inactive or gone.")
    return pair


def tokens_revoke(*, refresh_token: str) -> None:
    try:
        claims = repo.read_refresh(refresh_token)
    except repo.InvalidToken as exc:
        raise _refused("The refresh token is not valid.") from exc
    repo.blacklist_once(claims, refresh_token)


def tokens_revoke_all(*, user_id: int) -> None:
    repo.blacklist_all_for(user_id)
