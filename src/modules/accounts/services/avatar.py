"""Avatar use cases: presigned upload, confirm, remove, and the short-lived link to show it.

The image bytes never pass through us: the client uploads straight to storage with a form
that only allows its own key, an image type and at most 5 MB; confirming checks what actually
arrived before the profile points at it.
"""

from __future__ import annotations

import logging

from django.db import transaction

from core.errors import ProviderError
from core.identity import Actor
from core.ports.media import MediaStorage, PresignedUpload
from kit.transactions import after_commit
from modules.accounts.domain.avatar import (
    AVATAR_LINK_SECONDS,
    AVATAR_MAX_BYTES,
    AVATAR_UPLOAD_SECONDS,
    check_content_type,
    check_owned_key,
    check_uploaded,
    new_avatar_key,
)
from modules.accounts.domain.profiles import ProfileView
from modules.accounts.repositories import avatars as avatar_repo
from modules.accounts.repositories import users as user_repo

logger = logging.getLogger(__name__)


def avatar_upload_start(*, actor: Actor, content_type: str, storage: MediaStorage) -> PresignedUpload:
    return storage.presign_upload(
        key=new_avatar_key(actor.user_id),
        content_type=check_content_type(content_type),
        max_bytes=AVATAR_MAX_BYTES,
        expires_in_seconds=AVATAR_UPLOAD_SECONDS,
    )


def avatar_confirm(*, actor: Actor, key: str, storage: MediaStorage) -> ProfileView:
    check_uploaded(storage.stat(key=check_owned_key(user_id=actor.user_id, key=key)))
    with transaction.atomic():
        previous = avatar_repo.avatar_key_replace(user_id=actor.user_id, key=key)
        if previous and previous != key:
            after_commit(lambda: _delete_quietly(storage, previous))
    view = user_repo.get_profile(actor.user_id)
    assert view is not None
    return view


def avatar_remove(*, actor: Actor, storage: MediaStorage) -> None:
    with transaction.atomic():
        previous = avatar_repo.avatar_key_replace(user_id=actor.user_id, key="")
        if previous:
            after_commit(lambda: _delete_quietly(storage, previous))


def avatar_url(*, avatar_key: str, storage: MediaStorage) -> str | None:
    if not avatar_key:
        return None
    return storage.presign_download(key=avatar_key, expires_in_seconds=AVATAR_LINK_SECONDS)


def _delete_quietly(storage: MediaStorage, key: str) -> None:
    # The profile change is committed and must stand; an orphaned object only costs storage and
    # is removed with the user's prefix on erasure.
    try:
        storage.delete(key=key)
    except ProviderError:
        logger.warning("could not delete replaced avatar %s", key, exc_info=True)
