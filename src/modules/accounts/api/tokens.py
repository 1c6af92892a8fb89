"""/api/auth/token: keep a sign-in alive (rotate the refresh token) and end it (logout).

Sign-up, login, verification, password reset and social login are allauth's headless API
under /api/auth/{app,browser}/v1/; those flows hand out the first token pair (docs/api.md,
"Signing in from an app / a browser").
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import logout as end_browser_session
from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.security import SessionAuth
from pydantic import Field

from core.api_errors import error_responses
from modules.accounts.api.schemas import StrictSchema
from modules.accounts.identity.token_strategy import issue_for_session, session_family
from modules.accounts.services import tokens as token_services

router = Router(tags=["auth"])


class BrowserSessionAuth(SessionAuth):
    """The browser's session cookie, CSRF-checked, but only once there is a signed-in session.

    Ninja's `django_auth` checks CSRF first, so an anonymous call got a 403 "CSRF check failed"
    where a client must read 401 "not signed in". A signed-in session without the CSRF token
    is still refused (403): the cookie alone must not buy tokens for another site.
    """

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)


browser_session = BrowserSessionAuth()


class RefreshIn(StrictSchema):
    refresh_token: str = Field(min_length=1, max_length=4096)


class TokenPairOut(Schema):
    access_token: str = Field(description="Send as `Authorization: Bearer <access_token>`.")
    refresh_token: str = Field(description="Works once: POST it to /api/auth/token/refresh for a new pair.")
    expires_in: int = Field(description="Seconds until the access token expires.")


def _pair_out(pair: Any) -> TokenPairOut:
    return TokenPairOut(access_token=pair.access, refresh_token=pair.refresh, expires_in=pair.access_expires_in)


@router.post(
    "/refresh",
    auth=None,
    response=TokenPairOut,
    summary="Rotate a refresh token",
    operation_id="auth_token_refresh",
    openapi_extra=error_responses(401),
)
def refresh(request: HttpRequest, payload: RefreshIn) -> TokenPairOut:
    """Returns a new pair; the refresh token sent is spent and refused from now on. The one
    refresh endpoint for app and browser sign-ins alike."""
    return _pair_out(token_services.tokens_refresh(refresh_token=payload.refresh_token))


@router.post(
    "/session",
    auth=browser_session,
    response=TokenPairOut,
    summary="Tokens for a signed-in browser session",
    operation_id="auth_token_from_session",
    openapi_extra=error_responses(403),
)
def from_session(request: HttpRequest) -> TokenPairOut:
    """For sign-ins that end in a browser (X's redirect login, the browser client): the session
    cookie plus its CSRF token (`X-CSRFToken`) buy a pair. 401 without a signed-in session."""
    return _pair_out(issue_for_session(request, request.auth.pk))


@router.post(
    "/logout",
    auth=None,
    response={204: None},
    summary="Sign out: revoke the sign-in",
    operation_id="auth_logout",
    openapi_extra=error_responses(401),
)
def logout(request: HttpRequest, payload: RefreshIn) -> Status:
    """Ends the whole sign-in: this refresh token and every token rotated from the same login
    are refused from now on, and the allauth session that signed in (`X-Session-Token`, or this
    browser's session cookie) ends with them. Holding the refresh token is the proof needed.
    Access tokens already handed out expire on their own (`expires_in`)."""
    family = token_services.tokens_revoke(refresh_token=payload.refresh_token)
    session = getattr(request, "session", None)
    if family and session is not None and session_family(session) == family:
        end_browser_session(request)
    return Status(204, None)
