"""Who may open the chat socket: origin check and authentication at the handshake.

Tokens never travel in the URL (it ends up in access logs): native apps send
`Sec-WebSocket-Protocol: bearer, <access token>`; browsers, which cannot set headers, get a
one-time ticket from POST /api/chat/ticket and send `ticket, <ticket>` (or `?ticket=`:
a used or 30-second-old ticket is worthless, so logging it does no harm).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http.request import validate_host
from ninja_jwt.exceptions import TokenError
from ninja_jwt.settings import api_settings
from ninja_jwt.tokens import AccessToken

from core.identity import Actor, Role
from modules.chat.services.tickets import ticket_redeem


@dataclass(frozen=True)
class Handshake:
    origin: str | None
    subprotocols: tuple[str, ...]
    query_ticket: str | None

    @classmethod
    def from_scope(cls, scope: dict) -> Handshake:
        origin = None
        for name, value in scope.get("headers", ()):
            if name == b"origin":
                origin = value.decode("latin-1")
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        ticket = (query.get("ticket") or [None])[0]
        return cls(origin=origin, subprotocols=tuple(scope.get("subprotocols") or ()), query_ticket=ticket)

    @property
    def accepted_subprotocol(self) -> str | None:
        """The scheme we answer with (a client that offered one must get it back)."""
        if self.subprotocols and self.subprotocols[0] in ("bearer", "ticket"):
            return self.subprotocols[0]
        return None


def origin_allowed(origin: str | None) -> bool:
    """A missing Origin is allowed (native apps send none); a present one must be ours."""
    if origin is None:
        return True
    allowed = settings.WEBSOCKET_ALLOWED_ORIGINS
    if allowed:
        return origin in allowed
    if origin in settings.CSRF_TRUSTED_ORIGINS:
        return True
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return validate_host(parts.hostname, settings.ALLOWED_HOSTS)


def _active_actor(user_id: object) -> Actor | None:
    try:
        row = (
            get_user_model()
            .objects.filter(pk=int(user_id), is_active=True)  # type: ignore[arg-type]
            .values_list("pk", "role", "is_superuser")
            .first()
        )
    except (TypeError, ValueError, OverflowError):
        return None
    if row is None:
        return None
    return Actor(user_id=row[0], role=Role(row[1]), is_superuser=row[2])


def actor_from_token(raw: str) -> Actor | None:
    """The same checks as the REST API: a valid, unexpired access token of an active user."""
    try:
        token = AccessToken(raw)  # type: ignore[arg-type]
    except TokenError:
        return None
    return _active_actor(token.get(api_settings.USER_ID_CLAIM))


def authenticate(handshake: Handshake) -> Actor | None:
    protocols = handshake.subprotocols
    if len(protocols) >= 2 and protocols[0] == "bearer":
        return actor_from_token(protocols[1])
    ticket = protocols[1] if len(protocols) >= 2 and protocols[0] == "ticket" else handshake.query_ticket
    if ticket:
        user_id = ticket_redeem(ticket)
        return _active_actor(user_id) if user_id is not None else None
    return None
