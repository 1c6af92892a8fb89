"""A validly signed access token whose user claim is not a user id authenticates nobody."""

from __future__ import annotations

import pytest
from ninja_jwt.tokens import AccessToken

from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("claim", ["self", "as_text", True, 0, -1, 2**63, None])
def test_token_naming_no_user_is_401(client, claim):
    user = UserFactory()
    token = AccessToken.for_user(user)
    token["user_id"] = {"self": user.pk, "as_text": str(user.pk)}.get(claim, claim)
    response = client.get("/api/users/me", headers={"Authorization": f"Bearer {token}"})
    expected = 200 if claim == "self" else 401
    assert response.status_code == expected, response.content
