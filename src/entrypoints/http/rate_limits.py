"""Every rate limit answers 429 with Retry-After, allauth's included.

allauth answers its own limits (sign-in, sign-up, password reset, ...) with a bare 429, and
two more with a 400 (`too_many_login_attempts`), as if the password were wrong: the
failed-login lock-out, and a sign-in that would resend a verification code too soon. Here all
become 429 with `Retry-After`, before ProblemDetailsMiddleware turns the envelope into problem
details (it keeps the header and allauth's code).

allauth counts hits in sliding windows (ACCOUNT_RATE_LIMITS, e.g. "10/m/ip,5/5m/key"); once
the longest window of the action's limits has passed, every hit in it has expired, so that is
the Retry-After: a client that waits that long is sure to be let through by this limit.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from modules.accounts.public import login_locked_out

# When nothing better is known (a limit without its own window).
DEFAULT_RETRY_AFTER_SECONDS = 60
LOCKOUT_CODE = "too_many_login_attempts"

# allauth's headless URL names -> the ACCOUNT_RATE_LIMITS action that guards them.
_ACTION_OF_URL = {
    "login": "login",
    "signup": "signup",
    "request_password_reset": "reset_password",
    "reset_password": "reset_password_from_key",
    "verify_email": "confirm_email",
    "resend_email_verification_code": "confirm_email",
    "request_login_code": "request_login_code",
    "confirm_login_code": "request_login_code",
    "reauthenticate": "reauthenticate",
    "change_password": "change_password",
    "manage_email": "manage_email",
}
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def window_seconds(rates: str) -> int:
    """The longest window in an allauth rate string: "10/m/ip,5/5m/key" -> 300."""
    longest = 0
    for rate in (rates or "").split(","):
        parts = rate.strip().split("/")
        if len(parts) < 2 or not parts[1]:
            continue
        duration = parts[1]
        count, unit = duration[:-1] or "1", duration[-1]
        try:
            longest = max(longest, int(float(count) * _UNIT_SECONDS[unit]))
        except (KeyError, ValueError):
            continue
    return longest


def allauth_retry_after(action: str | None) -> int:
    limits: dict[str, str] = getattr(settings, "ACCOUNT_RATE_LIMITS", None) or {}
    if action is not None and limits.get(action):
        return window_seconds(limits[action]) or DEFAULT_RETRY_AFTER_SECONDS
    # An unknown action: the longest window of them all is still a wait that always works.
    return max((window_seconds(r) for r in limits.values() if r), default=0) or DEFAULT_RETRY_AFTER_SECONDS


class RateLimitHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 400 and _is_lockout(response):
            _set_status(response, 429)
            response["Retry-After"] = str(allauth_retry_after(_refusing_action(request)))
        elif response.status_code == 429 and not response.get("Retry-After"):
            response["Retry-After"] = str(allauth_retry_after(_url_action(request)))
        return response


def _url_action(request: HttpRequest) -> str | None:
    match = getattr(request, "resolver_match", None)
    return _ACTION_OF_URL.get(match.url_name or "") if match else None


def _refusing_action(request: HttpRequest) -> str | None:
    """Which limit said `too_many_login_attempts`."""
    if login_locked_out(request):
        return "login_failed"
    action = _url_action(request)
    # A correct sign-in of an unverified account that would send another code too soon.
    return "confirm_email" if action == "login" else action


def _payload(response: HttpResponse) -> dict | None:
    if getattr(response, "streaming", False) or "json" not in response.get("Content-Type", ""):
        return None
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def _is_lockout(response: HttpResponse) -> bool:
    if getattr(response, "streaming", False) or LOCKOUT_CODE.encode() not in response.content:
        return False  # most 400s: no need to parse them
    payload = _payload(response)
    errors = payload.get("errors") if payload else None
    return isinstance(errors, list) and any(isinstance(e, dict) and e.get("code") == LOCKOUT_CODE for e in errors)


def _set_status(response: HttpResponse, status: int) -> None:
    payload = _payload(response)
    response.status_code = status
    response.reason_phrase = "Too Many Requests"
    if payload is not None and "status" in payload:
        # allauth repeats the status in its body; keep the two in agreement.
        payload["status"] = status
        response.content = json.dumps(payload).encode()
