"""Field errors name the field as the client sent it and as the OpenAPI document shows it.

Ninja locates body errors under the view's parameter name (`["body", "payload", "timezone"]`);
a client never sees that name. Every 422 must say `["body", "timezone"]`, for every endpoint.
"""

from __future__ import annotations

import json

import pytest

from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db

CASES = [
    ("patch", "/api/users/me", {"timezone": 5}, ("body", "timezone")),
    ("post", "/api/sessions", {"friend_id": 1, "session_type": "dance", "start": "x", "duration_minutes": 30}, None),
    ("post", "/api/notifications/devices", {"token": "short", "platform": "ios"}, ("body", "token")),
    ("put", "/api/questionnaire/answers", {"answers": "all of them"}, ("body", "answers")),
    ("post", "/api/auth/token/refresh", {"refresh_token": ""}, ("body", "refresh_token")),
    ("post", "/api/auth/token/refresh", {"refresh_token": "x", "role": "admin"}, ("body", "role")),
]


def _request_body_properties(document: dict, method: str, path: str) -> set[str]:
    schema = document["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return set(schema["properties"])


@pytest.mark.parametrize(("method", "path", "body", "expected"), CASES)
def test_body_errors_are_located_by_the_field_the_client_sent(client, method, path, body, expected):
    user = UserFactory()
    response = getattr(client, method)(
        path, data=json.dumps(body), content_type="application/json", headers=bearer(user)
    )

    assert response.status_code == 422, response.content
    locations = [tuple(err["loc"]) for err in response.json()["errors"]]
    assert locations
    if expected:
        assert expected in locations
    document = client.get("/api/openapi.json").json()
    known = _request_body_properties(document, method, path) | set(body)
    for loc in locations:
        assert loc[0] == "body", loc
        assert loc[1] in known, loc


def test_query_errors_keep_their_parameter_names(client):
    response = client.get("/api/users/friends?limit=abc", headers=bearer(UserFactory()))

    assert response.status_code == 422
    assert [err["loc"] for err in response.json()["errors"]] == [["query", "limit"]]
