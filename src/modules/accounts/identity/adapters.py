"""allauth adapters: accounts created by allauth get a Profile like any other account."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.http import HttpRequest

from modules.accounts.models import User
from modules.accounts.repositories import users as users_repo


def _default_display_name(user: User) -> str:
    return user.email.split("@")[0]


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            users_repo.ensure_profile(user.pk, display_name=_default_display_name(user))
        return user


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def save_user(self, request: HttpRequest, sociallogin: Any, form: Any = None) -> User:
        user = super().save_user(request, sociallogin, form=form)
        name = str(sociallogin.account.extra_data.get("name") or "").strip()
        users_repo.ensure_profile(user.pk, display_name=name or _default_display_name(user))
        return user
