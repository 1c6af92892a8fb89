"""Avatar rules, pure Python: which uploads are acceptable and where a user's avatars live."""

from __future__ import annotations

import re
import secrets

from core.errors import FieldProblem, InvalidInput
from core.ports.media import StoredObject

AVATAR_CONTENT_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
AVATAR_MAX_BYTES = 5 * 1024 * 1024
# Short-lived on purpose: a leaked upload form or image link is useless minutes later.
AVATAR_UPLOAD_SECONDS = 5 * 60
AVATAR_LINK_SECONDS = 10 * 60
_KEY_TAIL = re.compile(r"^[A-Za-z0-9_-]{32}$")


def avatar_prefix(user_id: int) -> str:
    return f"avatars/{user_id}/"


def avatar_key_owned_by(key: str, user_id: int) -> bool:
    return key.startswith(avatar_prefix(user_id))


def new_avatar_key(user_id: int) -> str:
    # Unguessable, so one user's avatar link cannot be derived from another's.
    return avatar_prefix(user_id) + secrets.token_urlsafe(24)


def check_content_type(content_type: str) -> str:
    if content_type not in AVATAR_CONTENT_TYPES:
        raise InvalidInput(
            "Unsupported avatar type",
            errors=[
                FieldProblem(("body", "content_type"), f"must be one of {', '.join(sorted(AVATAR_CONTENT_TYPES))}")
            ],
        )
    return content_type


def check_owned_key(*, user_id: int, key: str) -> str:
    """The key, if it is one we would have handed to this user for an avatar upload."""
    prefix = avatar_prefix(user_id)
    if not key.startswith(prefix) or not _KEY_TAIL.match(key[len(prefix) :]):
        raise InvalidInput(
            "Not one of your avatar uploads",
            errors=[FieldProblem(("body", "key"), "must be a key from your own avatar upload")],
        )
    return key


def check_uploaded(stored: StoredObject | None) -> StoredObject:
    if stored is None:
        raise InvalidInput(
            "Nothing was uploaded under this key", errors=[FieldProblem(("body", "key"), "upload the file first")]
        )
    if stored.content_type not in AVATAR_CONTENT_TYPES:
        raise InvalidInput(
            "Unsupported avatar type", errors=[FieldProblem(("body", "key"), "not an allowed image type")]
        )
    if not 0 < stored.size <= AVATAR_MAX_BYTES:
        raise InvalidInput(
            "Avatar too large", errors=[FieldProblem(("body", "key"), f"must be at most {AVATAR_MAX_BYTES} bytes")]
        )
    return stored
