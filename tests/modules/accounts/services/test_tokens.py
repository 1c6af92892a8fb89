from __future__ import annotations

import pytest

from core.errors import Unauthenticated
from modules.accounts.services import tokens as token_services
from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


class TestTokensRefresh:
    def test_each_refresh_token_rotates_once(self):
        first = token_services.tokens_issue(user_id=UserFactory().pk)

        second = token_services.tokens_refresh(refresh_token=first.refresh)

        assert second.refresh != first.refresh
        with pytest.raises(Unauthenticated) as refused:
            token_services.tokens_refresh(refresh_token=first.refresh)
        assert refused.value.code == "token_not_valid"

    def test_inactive_user_gets_no_tokens(self):
        user = UserFactory(is_active=False)
        with pytest.raises(Unauthenticated):
            token_services.tokens_issue(user_id=user.pk)


class TestTokensRevokeAll:
    def test_revokes_every_refresh_token_of_that_user_only(self):
        user, other = UserFactory(), UserFactory()
        mine = [token_services.tokens_issue(user_id=user.pk) for _ in range(2)]
        theirs = token_services.tokens_issue(user_id=other.pk)

        token_services.tokens_revoke_all(user_id=user.pk)

        for pair in mine:
            with pytest.raises(Unauthenticated):
                token_services.tokens_refresh(refresh_token=pair.refresh)
        assert token_services.tokens_refresh(refresh_token=theirs.refresh).access


class TestTokenFamilies:
    def test_rotation_stays_in_the_sign_in_family_and_logout_ends_it(self):
        user = UserFactory()
        first = token_services.tokens_issue(user_id=user.pk)
        second = token_services.tokens_refresh(refresh_token=first.refresh)
        elsewhere = token_services.tokens_issue(user_id=user.pk)

        assert second.family == first.family != elsewhere.family
        assert token_services.tokens_family_is_live(family=first.family)
        assert token_services.tokens_revoke(refresh_token=second.refresh) == first.family

        assert not token_services.tokens_family_is_live(family=first.family)
        assert token_services.tokens_family_is_live(family=elsewhere.family)

    def test_revoking_a_family_refuses_its_current_refresh_token(self):
        pair = token_services.tokens_issue(user_id=UserFactory().pk, family="f" * 32)

        token_services.tokens_revoke_family(family="f" * 32)

        with pytest.raises(Unauthenticated):
            token_services.tokens_refresh(refresh_token=pair.refresh)
