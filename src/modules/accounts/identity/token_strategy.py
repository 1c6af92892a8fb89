"""allauth headless token strategy that hands out ninja-jwt tokens.

allauth keeps its own session (the `X-Session-Token`) for flows in progress (email
verification, password reset by code, provider sign-up). Once a flow authenticates the
user, the app gets a ninja-jwt access+refresh pair in `meta`: the same tokens the Ninja API
and the WebSocket consumers accept, so there is one token format everywhere.
"""

from __future__ import annotations

from typing import Any

from allauth.headless.tokens.strategies.sessions import SessionTokenStrategy
from django.http import HttpRequest

from core.errors import Unauthenticated
from modules.accounts.services import tokens as token_services


class NinjaJWTTokenStrategy(SessionTokenStrategy):
    def create_access_token_payload(self, request: HttpRequest) -> dict[str, Any] | None:
        user = request.user
        if not user.is_authenticated:
            return None
        try:
            pair = token_services.tokens_issue(user_id=user.pk)
        except Unauthenticated:
            return None
        return {"access_token": pair.access, "refresh_token": pair.refresh, "expires_in": pair.access_expires_in}

    def create_access_token(self, request: HttpRequest) -> str | None:
        payload = self.create_access_token_payload(request)
        return payload["access_token"] if payload else None

    def refresh_token(self, refresh_token: str) -> tuple[str, str] | None:
        # allauth's own /tokens/refresh endpoint: same rotation rules as /api/auth/token/refresh.
        try:
            pair = token_services.tokens_refresh(refresh_token=refresh_token)
        except Unauthenticated:
            return None
        return pair.access, pair.refresh
