"""Deeply nested JSON is a 400 on every route, never a 500 (RecursionError in json.loads).

Found by hand-made requests: 10,000 levels sent to allauth's sign-in and sign-up endpoints
answered 500; the Ninja API already answered 400. The test posts such a body to every route
in the URLconf (the API, allauth's headless and provider URLs, the admin, development routes),
with every writing method.
"""

from __future__ import annotations

import json
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from core import webhook_signatures
from entrypoints.http.json_depth import MAX_JSON_DEPTH, nests_deeper_than
from modules.accounts.models import User
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db

LEVELS = 10_000
DEEP_ARRAY = "[" * LEVELS + "]" * LEVELS
DEEP_OBJECT = '{"a":' * LEVELS + "1" + "}" * LEVELS


def _sample(route: str) -> str:
    """A concrete path for a route pattern: every converter or group filled with `1`."""
    route = re.sub(r"<(?:\w+:)?\w+>", "1", route)  # path() converters
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)  # re_path() named groups
    return route.lstrip("^").rstrip("$").replace("\\", "")


def _routes(patterns=None, prefix: str = "") -> list[str]:
    out = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            out += _routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            out.append("/" + _sample(prefix + str(entry.pattern)))
    return sorted(set(out))


ROUTES = _routes()


def test_the_walk_covers_allauth_billing_and_the_api():
    assert "/api/auth/app/v1/auth/login" in ROUTES
    assert "/api/auth/app/v1/auth/signup" in ROUTES
    assert "/api/auth/browser/v1/auth/login" in ROUTES
    assert "/api/payments/webhook" in ROUTES
    assert "/api/sessions" in ROUTES
    assert len(ROUTES) > 100


def test_every_route_answers_400_to_deeply_nested_json(client):
    user = UserFactory()
    headers = bearer(user) | {"X-Session-Token": "not-a-session"}
    server_errors, others = [], []
    for path in ROUTES:
        for method in ("post", "put", "patch"):
            response = getattr(client, method)(path, data=DEEP_OBJECT, content_type="application/json", headers=headers)
            if response.status_code >= 500:
                server_errors.append((method, path, response.status_code))
            elif response.status_code != 400:
                others.append((method, path, response.status_code))
    assert server_errors == []
    assert others == []


@pytest.mark.parametrize("path", ["/api/auth/app/v1/auth/login", "/api/auth/app/v1/auth/signup"])
@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_sign_in_and_sign_up_answer_a_problem_and_create_nobody(client, path, body):
    response = client.post(path, data=body, content_type="application/json")

    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["code"] == "malformed_body"
    assert User.objects.count() == 0


def test_a_validly_signed_deep_webhook_is_400_not_500(client, fakes):
    payload = ('{"id": "evt_1", "type": "x", "created": 1, "data": {"object": ' + DEEP_OBJECT + "}}").encode()
    timestamp = int(fakes.payments.clock.now().timestamp())
    header = webhook_signatures.signature_header(
        payload=payload, timestamp=timestamp, secret=fakes.payments.webhook_secret
    )

    response = client.post(
        "/api/payments/webhook", data=payload, content_type="application/json", headers={"Stripe-Signature": header}
    )

    assert response.status_code == 400, response.content


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_encodings_json_accepts_are_scanned_too(encoding):
    assert nests_deeper_than(DEEP_ARRAY.encode(encoding))


def test_the_limit_is_exact_and_brackets_in_strings_do_not_count():
    at_limit = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert not nests_deeper_than(at_limit.encode())
    assert nests_deeper_than(("[" + at_limit + "]").encode())
    inside_strings = json.dumps({"text": "[" * 1000, "escaped": '\\"[[[[' * 100, "list": [["[{"] * 3]})
    assert not nests_deeper_than(inside_strings.encode())
    assert not nests_deeper_than(b"a=" + b"[" * 1000)  # not JSON at all: nobody parses it as JSON


def test_ordinary_bodies_still_reach_the_views(client):
    user = UserFactory()
    response = client.patch(
        "/api/users/me",
        data=json.dumps({"bio": "[{" * 200, "languages": ["en"]}),
        content_type="application/json",
        headers=bearer(user),
    )
    assert response.status_code == 200, response.content
