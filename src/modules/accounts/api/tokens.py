"""/api/auth/token: keep a session alive (rotate the refresh token) and end it (logout).

Sign-up, login, verification, password reset and social login are allauth's headless API
under /api/auth/app/v1/; those flows hand out the first token pair.
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.security import django_auth
from pydantic import Field

from modules.accounts.api.schemas import StrictSchema
from modules.accounts.services import tokens as token_services

router = Router(tags=["auth"])


class RefreshIn(StrictSchema):
    refresh_token: str = Field(min_length=1, max_length=4096)


class TokenPairOut(Schema):
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="Seconds until the access token expires.")


@router.post("/refresh", auth=None, response=TokenPairOut, summary="Rotate a refresh token")
def refresh(request: HttpRequest, payload: RefreshIn) -> TokenPairOut:
    """Returns a new pair; the refresh token sent is spent and refused from now on."""
    pair = token_services.tokens_refresh(refresh_token=payload.refresh_token)
    return TokenPairOut(access_token=pair.access, refresh_token=pair.refresh, expires_in=pair.access_expires_in)


@router.post("/session", auth=django_auth, response=TokenPairOut, summary="Tokens for a signed-in browser session")
def from_session(request: HttpRequest) -> TokenPairOut:
    """For flows that end in a browser (X's redirect login): the session cookie, CSRF-checked, buys a pair."""
    pair = token_services.tokens_issue(user_id=request.auth.pk)
    return TokenPairOut(access_token=pair.access, refresh_token=pair.refresh, expires_in=pair.access_expires_in)


@router.post("/logout", auth=None, response={204: None}, summary="Revoke a refresh token")
def logout(request: HttpRequest, payload: RefreshIn) -> Status:
    """Holding the refresh token is the proof needed to revoke it; access tokens expire on their own."""
    token_services.tokens_revoke(refresh_token=payload.refresh_token)
    return Status(204, None)
