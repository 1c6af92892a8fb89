"""Everything accounts holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from ninja_jwt.token_blacklist.models import OutstandingToken

from kit.export import label, rows
from modules.accounts.models import Consent, FriendProfile, Profile, SignupSource, User
from modules.accounts.repositories import tokens as tokens_repo


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
        label(SignupSource): rows(SignupSource.objects.filter(user_id=user_id)),
        label(Consent): rows(Consent.objects.filter(user_id=user_id)),
    }


def media_keys_of(user_id: int) -> list[str]:
    """The person's files in the media store (today: their avatar)."""
    keys = Profile.objects.filter(user_id=user_id).exclude(avatar_key="").values_list("avatar_key", flat=True)
    return list(keys)


ERASED_NAME = "Deleted user"


def erased_email(user_id: int) -> str:
    # Unique, obviously not deliverable (.invalid is reserved, RFC 2606), and says nothing of the person.
    return f"erased-{user_id}@erased.invalid"


def erase(user_id: int) -> str:
    """Remove the person's identity from accounts' tables; the rows stay so that what others keep
    (sessions, messages, money) still points somewhere. Returns the avatar key prefix to delete."""
    user = User.objects.select_for_update().get(pk=user_id)
    user.email = erased_email(user_id)
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.save(update_fields=["email", "password", "is_active", "is_staff", "is_superuser"])
    user.groups.clear()
    user.user_permissions.clear()
    Profile.objects.filter(user_id=user_id).update(display_name=ERASED_NAME, bio="", avatar_key="", languages=[])
    FriendProfile.objects.filter(user_id=user_id).update(headline="", is_accepting=False)
    EmailAddress.objects.filter(user_id=user_id).delete()
    SocialAccount.objects.filter(user_id=user_id).delete()  # its tokens go with it (cascade)
    # The campaign label stays for the funnel's counts; the referrer URL and campaign details go.
    SignupSource.objects.filter(user_id=user_id).update(
        utm_medium="", utm_campaign="", utm_term="", utm_content="", referrer=""
    )
    # Consent rows stay: they prove what the person agreed to and when (GDPR art. 7(1)), and
    # name nobody once the account is pseudonymised.
    # Every refresh token stays refused (blacklisted by jti); the token text itself is dropped.
    tokens_repo.blacklist_all_for(user_id)
    OutstandingToken.objects.filter(user_id=user_id).update(token="")
    return f"avatars/{user_id}/"
