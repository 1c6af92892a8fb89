"""Refresh-token revocation: one function per scope (a user's tokens, a sign-in's tokens)."""

from __future__ import annotations

import pytest
from ninja_jwt.token_blacklist.models import BlacklistedToken

from modules.accounts.repositories import tokens as repo
from modules.accounts.services import tokens as token_services
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_blacklist_all_for_counts_only_the_newly_revoked_and_is_idempotent():
    user, other = UserFactory(), UserFactory()
    first = token_services.tokens_issue(user_id=user.pk)
    token_services.tokens_refresh(refresh_token=first.refresh)  # rotates: the first one is blacklisted already
    token_services.tokens_issue(user_id=user.pk)
    token_services.tokens_issue(user_id=other.pk)
    before = BlacklistedToken.objects.count()

    assert repo.blacklist_all_for(user.pk) == 2  # the rotated-in one and the second sign-in
    assert repo.blacklist_all_for(user.pk) == 0
    assert BlacklistedToken.objects.count() == before + 2
    assert not BlacklistedToken.objects.filter(token__user_id=other.pk).exists()
