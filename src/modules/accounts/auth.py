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


class AccessTokenAuth(JWTAuth):
    def get_user(self, validated_token: Any) -> User:
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError as exc:
            raise InvalidToken("Token contained no recognizable user identification") from exc
        try:
            # get(), not filter().first(): no ORDER BY to compile, ~80 us CPU less on every
            # authenticated request (bench/cpu_cost.py).
            user = User.objects.select_related("profile").get(pk=user_id)
        except User.DoesNotExist:
            user = None
        if user is None or not user.is_active:
            raise AuthenticationFailed("User is inactive or gone")
        return user


def actor_of(request: HttpRequest) -> Actor:
    user: User = request.auth  # type: ignore[assignment]
    return Actor(user_id=user.pk, role=Role(user.role), is_superuser=user.is_superuser)
