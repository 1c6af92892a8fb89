"""A password reset or change signs every device out: their refresh tokens are revoked.

Whoever knew the old password (or stole a device) may hold tokens; after a reset they must
not keep access. Access tokens still live out their short lifetime.
"""

from __future__ import annotations

from typing import Any

from allauth.account.signals import password_changed, password_reset

from modules.accounts.services import tokens as token_services


def _revoke_refresh_tokens(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
    if user is not None and user.pk is not None:
        token_services.tokens_revoke_all(user_id=user.pk)


def connect() -> None:
    password_reset.connect(_revoke_refresh_tokens, dispatch_uid="accounts.revoke_tokens_on_password_reset")
    password_changed.connect(_revoke_refresh_tokens, dispatch_uid="accounts.revoke_tokens_on_password_change")
