"""Password sign-in looks the address up by the mailbox it reaches (accounts.domain.emails)."""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.base_user import AbstractBaseUser

from modules.accounts.domain.emails import mailbox_of


class MailboxAuthenticationBackend(AuthenticationBackend):
    """allauth's backend, finding the account by the address's normal form first (the form sign-up
    stores), then as typed: accounts created before addresses were normalised keep signing in
    with what they typed then."""

    def _authenticate_by_email(self, email: str, password: str) -> AbstractBaseUser | None:
        for candidate in dict.fromkeys([mailbox_of(email), email.strip().lower()]):
            user = super()._authenticate_by_email(candidate, password)
            if user is not None:
                return user
        return None
