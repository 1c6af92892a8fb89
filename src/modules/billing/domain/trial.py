"""One free trial per person, ever: recognised by a keyed hash of the normalised email address.

The address comes in accounts' normal form (`accounts.public.mailbox_of`: case, Unicode and IDNA
forms, invisible characters, i.e. the mailbox mail delivery reaches); on top of it, aliases of
one mailbox (`+tags`, Gmail's dots) are folded, so a deleted and re-created account, or an
alias of the same mailbox, does not get a second trial. Only the keyed hash is
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
