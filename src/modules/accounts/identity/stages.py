"""A login stage that puts the address someone signed in with into its normal form.

allauth checks "is this email verified?" against the address as typed; typed as another
spelling of the same mailbox (the ASCII form of an IDN domain, full-width letters), it would
not match the stored normal form and would start a needless verification. This stage runs
first and rewrites `login.email` to the mailbox it reaches, when the account has the address
in that form (accounts from before normalisation keep the spelling they were stored with).
"""

from __future__ import annotations

from typing import Any

from allauth.account.stages import LoginStage

from modules.accounts.domain.emails import mailbox_of
from modules.accounts.repositories import users as users_repo


class MailboxStage(LoginStage):
    key = "normalise_email"

    def handle(self) -> tuple[Any, bool]:
        typed, user = self.login.email, self.login.user
        if typed and user is not None:
            normal = mailbox_of(typed)
            if normal != typed and users_repo.has_address(user.pk, normal):
                self.login.email = normal
        return None, True
