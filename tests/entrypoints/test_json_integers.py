"""Integers beyond 64 bits in a JSON body are a clear 422, never a 500, and change nothing.

Found by the OpenAPI fuzzer: `POST /api/notifications/read {"ids": [-5522181147043008727291527168]}`
answered 500 on SQLite (OverflowError in the `id IN (...)` lookup).
"""

from __future__ import annotations

import json

import pytest

from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


def _read(client, user, raw_ids: str):
    return client.post(
        "/api/notifications/read",
        data=f'{{"ids": [{raw_ids}]}}',
        content_type="application/json",
        headers=bearer(user),
    )


@pytest.mark.parametrize("raw", [str(2**63), str(-(2**63) - 1), "-5522181147043008727291527168", "9" * 5000])
def test_integer_outside_64_bits_is_422(client, raw):
    response = _read(client, UserFactory(), raw)
    assert response.status_code == 422, response.content
    problem = response.json()
    assert problem["code"] == "invalid_input"
    assert "2^63" in problem["detail"]


@pytest.mark.parametrize("raw", [str(2**63 - 1), str(-(2**63)), "1"])
def test_integer_inside_64_bits_is_accepted(client, raw):
    response = _read(client, UserFactory(), raw)
    assert response.status_code == 204, response.content


def test_floats_and_nested_values_still_parse(client):
    user = UserFactory()
    response = client.patch(
        "/api/users/me",
        data=json.dumps({"bio": "about 1e400 things", "languages": ["en"]}),
        content_type="application/json",
        headers=bearer(user),
    )
    assert response.status_code == 200, response.content
