"""Reactions to account changes that concern open chat sockets."""

from __future__ import annotations

from core.events import AccountDeactivated
from kit.transactions import after_commit
from modules.chat.realtime import revoke_blocking

REASON_DEACTIVATED = "account_deactivated"


def on_account_deactivated(event: AccountDeactivated) -> None:
    # After commit: a rolled-back deactivation must not disconnect anybody.
    after_commit(lambda: revoke_blocking(event.user_id, reason=REASON_DEACTIVATED))
