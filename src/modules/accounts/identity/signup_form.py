"""Extra sign-up fields (ACCOUNT_SIGNUP_FORM_CLASS): allauth headless validates them from the
sign-up JSON and calls `signup` once the account exists. All optional: UTM parameters and the
referrer the web or mobile client saw on landing, and the marketing opt-in (off by default).
Signing up accepts the terms and privacy notice in force; their versions are recorded."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone


class SignupExtrasForm(forms.Form):
    utm_source = forms.CharField(required=False, max_length=100)
    utm_medium = forms.CharField(required=False, max_length=100)
    utm_campaign = forms.CharField(required=False, max_length=100)
    utm_term = forms.CharField(required=False, max_length=100)
    utm_content = forms.CharField(required=False, max_length=100)
    referrer = forms.CharField(required=False, max_length=500)
    marketing_opt_in = forms.BooleanField(required=False)

    def signup(self, request: Any, user: Any) -> None:
        from modules.accounts.services import consents

        data = self.cleaned_data
        consents.signup_record(
            user_id=user.pk,
            marketing=bool(data.get("marketing_opt_in")),
            utm={k: data.get(k) or "" for k in ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")},
            referrer=data.get("referrer") or "",
            now=timezone.now(),
        )
