"""Signing out revokes refresh tokens.

A password reset or change signs every device out: whoever knew the old password (or stole a
device) may hold tokens; after a reset they must not keep access. A logout (allauth's
`DELETE …/auth/session`, app or browser) ends the token family its session signed in with.
Access tokens still live out their short lifetime.
"""

from __future__ import annotations

from typing import Any

from allauth.account.signals import password_changed, password_reset
from django.contrib.auth.signals import user_logged_out

from modules.accounts.identity.token_strategy import session_family
from modules.accounts.services import tokens as token_services


def _revoke_refresh_tokens(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
    if user is not None and user.pk is not None:
        token_services.tokens_revoke_all(user_id=user.pk)


def _revoke_session_tokens(sender: Any, request: Any = None, **kwargs: Any) -> None:
    # Sent before Django flushes the session, so the session still names its family.
    session = getattr(request, "session", None)
    family = session_family(session) if session is not None else None
    if family:
        token_services.tokens_revoke_family(family=family)


def connect() -> None:
    user_logged_out.connect(_revoke_session_tokens, dispatch_uid="accounts.revoke_tokens_on_logout")
    password_reset.connect(_revoke_refresh_tokens, dispatch_uid="accounts.revoke_tokens_on_password_reset")
    password_changed.connect(_revoke_refresh_tokens, dispatch_uid="accounts.revoke_tokens_on_password_change")
