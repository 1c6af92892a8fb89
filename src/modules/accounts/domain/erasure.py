"""Who may ask for their account to be erased: proof that it is them (pure rules).

Accounts owns the credentials, so it checks them; the privacy module carries the erasure out."""

from __future__ import annotations

from datetime import datetime, timedelta

from core.errors import PermissionDenied

# Without the password (e.g. a social sign-in account), a fresh sign-in proves it is them.
RECENT_LOGIN = timedelta(minutes=10)


def check_identity(*, password_ok: bool | None, token_issued_at: datetime | None, now: datetime) -> None:
    """Erasure cannot be undone once done: ask for the password, or a recent sign-in."""
    if password_ok is True:
        return
    if password_ok is None and token_issued_at is not None and now - token_issued_at <= RECENT_LOGIN:
        return
    if password_ok is False:
        raise PermissionDenied("The password is not right.", code="password_incorrect")
    raise PermissionDenied(
        "Sign in again (within the last 10 minutes) to confirm it is you.", code="recent_login_required"
    )
