"""One-click unsubscribe links: signed (kind + person), valid without signing in.

The link carries no expiry: an old email's link must still work. It can only ever turn one
kind's email off for one person, so a leaked link is harmless beyond that.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing

from core.errors import NotFound
from modules.notifications.domain.kinds import CONFIGURABLE, NotificationKind

_SALT = "notifications.unsubscribe"
PATH = "/api/notifications/unsubscribe"


class UnsubscribeLinkInvalid(NotFound):
    code = "unsubscribe_link_invalid"


def token_for(*, user_id: int, kind: NotificationKind) -> str:
    return signing.dumps({"u": user_id, "k": kind.value}, salt=_SALT, compress=True)


def link_for(*, user_id: int, kind: NotificationKind) -> str:
    query = urlencode({"token": token_for(user_id=user_id, kind=kind)})
    return f"{settings.PUBLIC_BASE_URL.rstrip('/')}{PATH}?{query}"


def read_token(token: str) -> tuple[int, NotificationKind]:
    """(user id, kind) of a token this server signed; UnsubscribeLinkInvalid otherwise."""
    try:
        data = signing.loads(token, salt=_SALT)
        user_id, kind = int(data["u"]), NotificationKind(data["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not valid.") from exc
    if kind not in CONFIGURABLE:
        raise UnsubscribeLinkInvalid("This unsubscribe link is not valid.")
    return user_id, kind


def email_headers(*, user_id: int, kind: NotificationKind) -> dict[str, str]:
    """RFC 2369 / RFC 8058 headers: mail clients show an unsubscribe button that POSTs the link."""
    return {
        "List-Unsubscribe": f"<{link_for(user_id=user_id, kind=kind)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
