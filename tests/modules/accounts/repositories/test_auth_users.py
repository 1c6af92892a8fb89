"""The raw user + profile read behind every bearer-authenticated request."""

from __future__ import annotations

import pytest

from modules.accounts.models import Profile, User
from modules.accounts.repositories.auth_users import user_with_profile
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


def _fields(instance) -> dict:
    return {f.attname: getattr(instance, f.attname) for f in type(instance)._meta.concrete_fields}


def test_reads_the_same_user_and_profile_as_the_orm_in_one_query(django_assert_num_queries):
    user = UserFactory(role="friend")
    Profile.objects.filter(user=user).update(languages=["en", "pt-BR"], bio="hi", avatar_key="k/1.png")
    expected = User.objects.select_related("profile").get(pk=user.pk)

    with django_assert_num_queries(1):
        loaded = user_with_profile(user.pk)
        assert loaded is not None
        assert _fields(loaded) == _fields(expected)
        assert _fields(loaded.profile) == _fields(expected.profile)
        assert loaded.profile.user is loaded
    assert loaded.profile.languages == ["en", "pt-BR"]  # JSON decoded like the ORM does
    assert loaded.date_joined.tzinfo is not None
    # A real saved instance: saving updates the row instead of inserting one.
    assert loaded._state.adding is False
    loaded.profile.bio = "changed"
    loaded.profile.save(update_fields=["bio"])
    assert Profile.objects.get(pk=user.pk).bio == "changed"


def test_a_user_without_profile_is_known_to_have_none(django_assert_num_queries):
    user = UserFactory()
    Profile.objects.filter(user=user).delete()
    with django_assert_num_queries(1):
        loaded = user_with_profile(user.pk)
        assert loaded is not None
        with pytest.raises(Profile.DoesNotExist):
            _ = loaded.profile


def test_unknown_user_is_none():
    assert user_with_profile(2**62) is None


def test_a_deactivated_user_reads_as_inactive():
    user = UserFactory()
    User.objects.filter(pk=user.pk).update(is_active=False)
    loaded = user_with_profile(user.pk)
    assert loaded is not None
    assert loaded.is_active is False


def test_me_without_profile_creates_it(client):
    user = UserFactory()
    Profile.objects.filter(user=user).delete()
    response = client.get("/api/users/me", headers=bearer(user))
    assert response.status_code == 200
    assert Profile.objects.filter(user=user).exists()
