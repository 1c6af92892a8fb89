"""Bearer-token authentication for the API: ninja-jwt access tokens.

One query per request: the user is loaded with its profile, and a deactivated user is
refused at once (ninja-jwt checks `is_active`).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja_jwt.authentication import JWTAuth
from ninja_jwt.exceptions import AuthenticationFailed, InvalidToken
from ninja_jwt.settings import api_settings

from core.identity import Actor, Role
from modules.accounts.models import User
from modules.accounts.repositories.auth_users import user_with_profile

_MAX_ID = 2**63 - 1  # PostgreSQL bigint


class AccessTokenAuth(JWTAuth):
    def get_user(self, validated_token: Any) -> User:
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError as exc:
            raise InvalidToken("Token contained no recognizable user identification") from exc
        # One raw SELECT with the profile, not the ORM: see repositories/auth_users.py.
        # Tokens are minted with the integer primary key; anything else names no user.
        valid_id = type(user_id) is int and 0 < user_id <= _MAX_ID
        user = user_with_profile(user_id) if valid_id else None
        if user is None or not user.is_active:
            raise AuthenticationFailed("User is inactive or gone")
        return user


def actor_of(request: HttpRequest) -> Actor:
    user: User = request.auth  # type: ignore[assignment]
    return Actor(user_id=user.pk, role=Role(user.role), is_superuser=user.is_superuser)
