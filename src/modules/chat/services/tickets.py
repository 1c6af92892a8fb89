"""One-time socket tickets for browsers, which cannot set headers on a WebSocket handshake.

A ticket is random, lives TICKET_TTL_SECONDS in the shared cache (so any process can
redeem it) and works once.
"""

from __future__ import annotations

import secrets

from django.core.cache import cache

from core.identity import Actor

TICKET_TTL_SECONDS = 30
_PREFIX = "chat:ticket:"


def ticket_issue(*, actor: Actor) -> str:
    ticket = secrets.token_urlsafe(32)
    cache.set(_PREFIX + ticket, actor.user_id, TICKET_TTL_SECONDS)
    return ticket


def ticket_redeem(ticket: str) -> int | None:
    """The user the ticket was issued to, or None. Only one redeemer wins: `delete` reports
    whether it removed the key, which is atomic in Redis and in the local-memory cache."""
    if not ticket or len(ticket) > 100:
        return None
    key = _PREFIX + ticket
    user_id = cache.get(key)
    if user_id is None or not cache.delete(key):
        return None
    return int(user_id)
