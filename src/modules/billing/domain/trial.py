"""One free trial per person, ever: recognised by a keyed hash of the normalised email address.

Normalising defeats the cheap tricks (case, `+tags`, Gmail's dots) so a deleted and re-created
account, or an alias of the same mailbox, does not get a second trial. Only the keyed hash is
kept, so the claim survives account deletion without keeping the address itself.
"""

from __future__ import annotations

import hashlib
import hmac

TRIAL_DAYS = 7
_DOTLESS_DOMAINS = frozenset({"gmail.com", "googlemail.com"})


def normalise_email(email: str) -> str:
    local, _, domain = email.strip().lower().rpartition("@")
    if not local:
        return email.strip().lower()
    local = local.split("+", 1)[0]
    if domain in _DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def trial_key(email: str, *, secret: str) -> str:
    return hmac.new(secret.encode(), normalise_email(email).encode(), hashlib.sha256).hexdigest()
