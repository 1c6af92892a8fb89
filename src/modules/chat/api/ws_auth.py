"""Who may open the chat socket: origin check and authentication at the handshake.

Tokens never travel in the URL (it ends up in access logs): native apps send
`Sec-WebSocket-Protocol: bearer, <access token>`; browsers, which cannot set headers, get a
one-time ticket from POST /api/chat/ticket and send `ticket, <ticket>` (or `?ticket=`:
a used or 30-second-old ticket is worthless, so logging it does no harm).

An authorisation does not outlive its token: a bearer socket is good until the token's
`exp`, a ticket socket for one access-token lifetime from the handshake. Before then the
client may send a fresh access token in-band (an `auth` frame) to extend it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http.request import validate_host
from ninja_jwt import settings as jwt_settings
from ninja_jwt.exceptions import TokenError
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


def account_active(user_id: int) -> bool:
    return _active_actor(user_id) is not None


@dataclass(frozen=True)
class Authorisation:
    actor: Actor
    expires_at: float  # Unix time after which the socket is no longer authorised


def authorisation_from_token(raw: str) -> Authorisation | None:
    """The same checks as the REST API: a valid, unexpired access token of an active user."""
    try:
        token = AccessToken(raw)  # type: ignore[arg-type]
    except TokenError:
        return None
    actor = _active_actor(token.get(jwt_settings.api_settings.USER_ID_CLAIM))
    if actor is None:
        return None
    return Authorisation(actor=actor, expires_at=float(token["exp"]))


def authenticate(handshake: Handshake) -> Authorisation | None:
    protocols = handshake.subprotocols
    if len(protocols) >= 2 and protocols[0] == "bearer":
        return authorisation_from_token(protocols[1])
    ticket = protocols[1] if len(protocols) >= 2 and protocols[0] == "ticket" else handshake.query_ticket
    if ticket:
        user_id = ticket_redeem(ticket)
        actor = _active_actor(user_id) if user_id is not None else None
        if actor is None:
            return None
        # The ticket was bought with a live access token; it buys no more than one of those.
        lifetime = jwt_settings.api_settings.ACCESS_TOKEN_LIFETIME.total_seconds()
        return Authorisation(actor=actor, expires_at=time.time() + lifetime)
    return None
