from __future__ import annotations

import factory
from ninja_jwt.tokens import RefreshToken

from core.identity import Role
from modules.accounts.models import FriendProfile, Profile, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    password = factory.django.Password("correct-horse-battery")
    role = Role.USER
    profile = factory.RelatedFactory("tests.modules.accounts.factories.ProfileFactory", factory_related_name="user")


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory, profile=None)
    display_name = factory.Faker("first_name")
    timezone = "UTC"
    languages = factory.LazyFunction(lambda: ["en"])


class FriendFactory(UserFactory):
    role = Role.FRIEND
    friend_profile = factory.RelatedFactory(
        "tests.modules.accounts.factories.FriendProfileFactory", factory_related_name="user"
    )


class FriendProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FriendProfile
        django_get_or_create = ("user",)

    headline = "Happy to talk"
    session_types = factory.LazyFunction(lambda: ["text", "voice", "video"])
    prices_minor = factory.LazyFunction(lambda: {"text": 1000, "voice": 2000, "video": 3000})
    session_lengths_minutes = factory.LazyFunction(lambda: [30, 60])


def bearer(user: User) -> dict[str, str]:
    """Headers carrying a fresh access token for `user`."""
    token = RefreshToken.for_user(user).access_token
    return {"Authorization": f"Bearer {token}"}
