"""allauth headless token strategy that hands out ninja-jwt tokens.

allauth keeps its own session (the `X-Session-Token`) for flows in progress (email
verification, password reset by code, provider sign-up). Once a flow authenticates the
user, the app gets a ninja-jwt access+refresh pair in `meta` (`access_token`, `refresh_token`,
`expires_in`): the same tokens the Ninja API and the WebSocket consumers accept, so there is
one token format everywhere.

The session and the tokens are one sign-in: the session remembers the token family it minted,
so logging out of either ends both. allauth's logout revokes the family (signals.py); a
revoked family (POST /api/auth/token/logout, a password reset) makes its session token
unknown here, which allauth answers with 410, as for any expired session.
"""

from __future__ import annotations

from typing import Any

from allauth.headless.tokens.strategies.sessions import SessionTokenStrategy
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest

from core.errors import Unauthenticated
from modules.accounts.domain.tokens import TokenPair
from modules.accounts.services import tokens as token_services

# The session's key for the token family it signed in with.
SESSION_TOKEN_FAMILY = "humanlink_token_family"


def issue_for_session(request: HttpRequest, user_id: int) -> TokenPair:
    """A pair in the family of this (allauth or browser) session; the session remembers it."""
    pair = token_services.tokens_issue(user_id=user_id, family=request.session.get(SESSION_TOKEN_FAMILY))
    request.session[SESSION_TOKEN_FAMILY] = pair.family
    return pair


def session_family(session: SessionBase) -> str | None:
    return session.get(SESSION_TOKEN_FAMILY)


class NinjaJWTTokenStrategy(SessionTokenStrategy):
    def create_access_token_payload(self, request: HttpRequest) -> dict[str, Any] | None:
        user = request.user
        if not user.is_authenticated:
            return None
        try:
            pair = issue_for_session(request, user.pk)
        except Unauthenticated:
            return None
        return {"access_token": pair.access, "refresh_token": pair.refresh, "expires_in": pair.access_expires_in}

    def create_access_token(self, request: HttpRequest) -> str | None:
        payload = self.create_access_token_payload(request)
        return payload["access_token"] if payload else None

    def lookup_session(self, session_token: str) -> SessionBase | None:
        session = super().lookup_session(session_token)
        family = session_family(session) if session is not None else None
        if family and not token_services.tokens_family_is_live(family=family):
            # Its tokens were revoked (logout, password reset): the session ends with them.
            session.delete()
            return None
        return session

    def refresh_token(self, refresh_token: str) -> tuple[str, str] | None:
        # Not routed (config/urls.py): POST /api/auth/token/refresh is the one refresh endpoint.
        return None
