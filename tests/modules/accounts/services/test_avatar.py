from __future__ import annotations

import pytest

from core.errors import ProviderUnavailable
from core.identity import Actor, Role
from modules.accounts.models import Profile
from modules.accounts.services.avatar import avatar_confirm, avatar_remove
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _actor(user) -> Actor:
    return Actor(user_id=user.pk, role=Role.USER)


def test_storage_outage_on_confirm_is_provider_unavailable_and_changes_nothing(fakes):
    user = UserFactory()
    key = f"avatars/{user.pk}/" + "a" * 32
    fakes.media.put(key=key, data=b"img", content_type="image/png")
    fakes.media.unavailable = True
    with pytest.raises(ProviderUnavailable):
        avatar_confirm(actor=_actor(user), key=key, storage=fakes.media)
    assert Profile.objects.get(user=user).avatar_key == ""


def test_failed_cleanup_after_commit_keeps_the_new_avatar(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    old, new = (f"avatars/{user.pk}/" + c * 32 for c in "on")
    for key in (old, new):
        fakes.media.put(key=key, data=b"img", content_type="image/webp")
    Profile.objects.filter(user=user).update(avatar_key=old)
    original_delete = fakes.media.delete

    def delete_fails(*, key: str) -> None:
        fakes.media.unavailable = True
        original_delete(key=key)

    fakes.media.delete = delete_fails
    with django_capture_on_commit_callbacks(execute=True):
        view = avatar_confirm(actor=_actor(user), key=new, storage=fakes.media)
    assert view.avatar_key == new
    assert Profile.objects.get(user=user).avatar_key == new


def test_remove_without_an_avatar_is_a_no_op(fakes, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        avatar_remove(actor=_actor(user), storage=fakes.media)
    assert callbacks == []
    assert fakes.media.deleted == []
