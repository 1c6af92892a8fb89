"""Asking for one's account to be erased: accounts checks it is really them, then announces it."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from core import events
from core.identity import Actor
from modules.accounts.domain.erasure import check_identity
from modules.accounts.models import User


def account_erasure_request(
    *, actor: Actor, password: str | None, token_issued_at: datetime | None, now: datetime
) -> None:
    """Verify (the password, or a sign-in in the last minutes) and hand over to privacy,
    which records the request and carries it out after the grace period."""
    ok: bool | None = None
    if password:
        # A password sent for an account that has none proves nothing.
        user = User.objects.get(pk=actor.user_id)
        ok = user.has_usable_password() and user.check_password(password)
    check_identity(password_ok=ok, token_issued_at=token_issued_at, now=now)
    with transaction.atomic():
        events.publish(events.ErasureRequested(user_id=actor.user_id, requested_at=now))
