"""allauth adapters: accounts created by allauth get a Profile; provider logins return to the
frontend; emails speak for the product."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone

from core.text import has_visible_character
from modules.accounts.domain.emails import EmailRefused, mailbox_of, normal_email
from modules.accounts.models import User
from modules.accounts.repositories import users as users_repo

# Set on the request when the failed-login limit refused a sign-in. allauth reports that and
# "a verification code was just sent" with the same error, and the two last very differently.
_LOCKED_OUT = "humanlink_login_locked_out"


def login_locked_out(request: HttpRequest) -> bool:
    """Whether this request's sign-in was refused by the failed-login lock-out."""
    return bool(getattr(request, _LOCKED_OUT, False))


def _default_display_name(user: User) -> str:
    return user.email.split("@")[0]


@dataclass(frozen=True)
class ProductSite:
    """What emails call `current_site`: the product (settings), never the request's Host."""

    name: str
    domain: str


# How long each emailed code works, read from allauth's own settings so the text cannot drift.
_CODE_LIFETIME_SECONDS = {
    "account/email/email_confirmation": lambda: account_settings.EMAIL_VERIFICATION_BY_CODE_TIMEOUT,
    "account/email/email_confirmation_signup": lambda: account_settings.EMAIL_VERIFICATION_BY_CODE_TIMEOUT,
    "account/email/password_reset_code": lambda: account_settings.PASSWORD_RESET_BY_CODE_TIMEOUT,
    "account/email/login_code": lambda: account_settings.LOGIN_BY_CODE_TIMEOUT,
}


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        # Without django.contrib.sites allauth names the site after the request's Host
        # ("Hello from 127.0.0.1"); the templates (accounts/templates/account/email/) use these.
        product = {
            "current_site": ProductSite(name=settings.SITE_NAME, domain=settings.SITE_DOMAIN),
            "site_url": settings.FRONTEND_URL,
        }
        if lifetime := _CODE_LIFETIME_SECONDS.get(template_prefix):
            product["code_valid_minutes"] = max(1, lifetime() // 60)
        super().send_mail(template_prefix, email, {**context, **product})

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            # The only refusal here is the failed-login limit (ACCOUNT_RATE_LIMITS["login_failed"]).
            setattr(request, _LOCKED_OUT, True)
            raise

    def is_safe_url(self, url: str) -> bool:
        # The frontend (FRONTEND_URL) is where provider logins return to; any other foreign
        # host stays refused, so the redirect flow cannot be used as an open redirect.
        target, frontend = urlparse(url), urlparse(settings.FRONTEND_URL)
        if (target.scheme, target.netloc) == (frontend.scheme, frontend.netloc) and frontend.netloc:
            return True
        return super().is_safe_url(url)

    def clean_email(self, email: str) -> str:
        """Sign-up, email change and password reset: the address in its normal form (the mailbox
        mail delivery reaches, so one mailbox is one account), or a field error."""
        try:
            return normal_email(email)
        except EmailRefused as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from refused

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        # One failed-login counter per mailbox: respelling the address (case, invisible
        # characters, the ASCII form of its domain) must not start a fresh count.
        if credentials.get("email"):
            credentials = {**credentials, "email": mailbox_of(str(credentials["email"]))}
        return super()._get_login_attempts_cache_key(request, **credentials)

    def get_login_stages(self) -> list[str]:
        return ["modules.accounts.identity.stages.MailboxStage", *super().get_login_stages()]

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
        if not has_visible_character(name):
            name = ""  # spaces or zero-width characters only: no better than no name
        users_repo.ensure_profile(user.pk, display_name=name or _default_display_name(user), replace_name=bool(name))
        # Signing up through a provider accepts the same terms; no campaign data comes this way.
        from modules.accounts.services import consents

        consents.signup_record(user_id=user.pk, marketing=False, utm={}, referrer="", now=timezone.now())
        return user
