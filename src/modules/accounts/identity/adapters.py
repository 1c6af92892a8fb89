"""allauth adapters: accounts created by allauth get a Profile; provider logins return to the frontend."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.http import HttpRequest

from modules.accounts.models import User
from modules.accounts.repositories import users as users_repo


def _default_display_name(user: User) -> str:
    return user.email.split("@")[0]


class AccountAdapter(DefaultAccountAdapter):
    def is_safe_url(self, url: str) -> bool:
        # The frontend (FRONTEND_URL) is where provider logins return to; any other foreign
        # host stays refused, so the redirect flow cannot be used as an open redirect.
        target, frontend = urlparse(url), urlparse(settings.FRONTEND_URL)
        if (target.scheme, target.netloc) == (frontend.scheme, frontend.netloc) and frontend.netloc:
            return True
        return super().is_safe_url(url)

    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            users_repo.ensure_profile(user.pk, display_name=_default_display_name(user))
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request: HttpRequest, sociallogin: Any, form: Any = None) -> User:
        user = super().save_user(request, sociallogin, form=form)
        # A brand-new account: the name the provider knows beats the email's local part.
        name = str(sociallogin.account.extra_data.get("name") or "").strip()
        users_repo.ensure_profile(user.pk, display_name=name or _default_display_name(user), replace_name=bool(name))
        return user
