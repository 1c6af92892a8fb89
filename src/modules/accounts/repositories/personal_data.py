"""Everything accounts holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from ninja_jwt.token_blacklist.models import OutstandingToken

from kit.export import label, rows
from modules.accounts.models import FriendProfile, Profile, User


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        # The password hash is a secret, not information about the person.
        label(User): rows(User.objects.filter(pk=user_id), exclude=("password",)),
        label(Profile): rows(Profile.objects.filter(user_id=user_id)),
        label(FriendProfile): rows(FriendProfile.objects.filter(user_id=user_id)),
        label(EmailAddress): rows(EmailAddress.objects.filter(user_id=user_id)),
        # The provider's id and the profile data it sent, never its access tokens.
        label(SocialAccount): rows(SocialAccount.objects.filter(user_id=user_id)),
        # Sign-ins: when each refresh token was issued and expires (the token itself is a secret).
        label(OutstandingToken): rows(OutstandingToken.objects.filter(user_id=user_id), exclude=("token", "jti")),
    }
