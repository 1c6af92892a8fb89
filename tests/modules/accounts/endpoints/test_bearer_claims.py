"""Validly signed tokens whose claims are not those of an access token authenticate nobody.

AccessTokenAuth validates claims itself (cheaper than building ninja-jwt's token object);
these pin the checks it must keep. The classic attacks are in test_auth_tokens.py.
"""

from __future__ import annotations

import jwt
import pytest
from django.conf import settings
from ninja_jwt.tokens import AccessToken

from tests.modules.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def _me(client, token: str):
    return client.get("/api/users/me", headers={"Authorization": f"Bearer {token}"})


def _signed(claims: dict, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, settings.NINJA_JWT["SIGNING_KEY"], algorithm=algorithm)


@pytest.mark.parametrize("claim", ["self", "as_text", True, 0, -1, 2**63, None])
def test_a_user_claim_naming_no_user_is_401(client, claim):
    user = UserFactory()
    token = AccessToken.for_user(user)
    token["user_id"] = {"self": user.pk, "as_text": str(user.pk)}.get(claim, claim)
    expected = 200 if claim == "self" else 401
    assert _me(client, str(token)).status_code == expected


@pytest.mark.parametrize("missing", ["exp", "jti", "token_type", "user_id"])
def test_an_access_token_missing_a_claim_is_401(client, missing):
    claims = dict(AccessToken.for_user(UserFactory()).payload)
    assert _me(client, _signed(claims)).status_code == 200
    del claims[missing]
    assert _me(client, _signed(claims)).status_code == 401


@pytest.mark.parametrize("token_type", ["refresh", "sliding", "ACCESS", ""])
def test_another_token_type_is_401(client, token_type):
    claims = dict(AccessToken.for_user(UserFactory()).payload, token_type=token_type)
    assert _me(client, _signed(claims)).status_code == 401


# The dev key is shorter than HS512 wants; PyJWT warns while forging the token.
@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
def test_another_algorithm_with_the_same_key_is_401(client):
    claims = dict(AccessToken.for_user(UserFactory()).payload)
    response = _me(client, _signed(claims, algorithm="HS512"))
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/problem+json")
