"""A client that knows only /api/openapi.json can sign a person up, in, and out.

The client (tests/entrypoints/openapi_client.py) finds each operation in the document, sends
only what the document declares and rejects every answer the document does not describe;
the verification code comes from the outbox, as a person would read it. Also: the document's
auth part itself (allauth's endpoints merged in, tagged, named, and no name collisions).
"""

from __future__ import annotations

import re

import pytest
from django.core import mail

from entrypoints.http.auth_openapi import allauth_paths_and_components
from tests.entrypoints.openapi_client import DocumentClient, NotDocumented

pytestmark = pytest.mark.django_db

APP = {"client": "app"}
SIGNUP = "/api/auth/{client}/v1/auth/signup"
VERIFY = "/api/auth/{client}/v1/auth/email/verify"
LOGIN = "/api/auth/{client}/v1/auth/login"
SESSION = "/api/auth/{client}/v1/auth/session"
ME = "/api/users/me"
REFRESH = "/api/auth/token/refresh"
LOGOUT = "/api/auth/token/logout"
PASSWORD = "correct-horse-battery-9"


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def api(client, document):
    return DocumentClient(client, document)


def _emailed_code() -> str:
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_sign_up_verify_log_in_use_refresh_and_log_out_from_the_document_alone(api):
    pending = api.call("post", SIGNUP, path=APP, body={"email": "ann@example.com", "password": PASSWORD})
    assert pending.status == 401
    assert pending.body["code"] == "auth_pending"
    assert {"id": "verify_email", "is_pending": True} in pending.body["data"]["flows"]
    session_token = pending.body["meta"]["session_token"]

    verified = api.call(
        "post", VERIFY, path=APP, headers={"X-Session-Token": session_token}, body={"key": _emailed_code()}
    )
    assert verified.status == 200
    assert verified.body["meta"]["is_authenticated"] is True

    logged_in = api.call("post", LOGIN, path=APP, body={"email": "ann@example.com", "password": PASSWORD})
    assert logged_in.status == 200
    meta = logged_in.body["meta"]
    assert meta["expires_in"] > 0

    me = api.call("get", ME, bearer=meta["access_token"])
    assert me.status == 200
    assert me.body["email"] == "ann@example.com"

    rotated = api.call("post", REFRESH, body={"refresh_token": meta["refresh_token"]})
    assert rotated.status == 200
    assert set(rotated.body) == {"access_token", "refresh_token", "expires_in"}
    assert api.call("get", ME, bearer=rotated.body["access_token"]).status == 200

    assert api.call("post", LOGOUT, body={"refresh_token": rotated.body["refresh_token"]}).status == 204

    refused = api.call("post", REFRESH, body={"refresh_token": rotated.body["refresh_token"]})
    assert refused.status == 401
    assert refused.body["code"] == "token_not_valid"
    # One logout ended the sign-in's allauth session too.
    gone = api.call("get", SESSION, path=APP, headers={"X-Session-Token": meta["session_token"]})
    assert gone.status == 410


def test_allauth_logout_from_the_document_ends_the_jwt_too(api):
    pending = api.call("post", SIGNUP, path=APP, body={"email": "bob@example.com", "password": PASSWORD})
    verified = api.call(
        "post",
        VERIFY,
        path=APP,
        headers={"X-Session-Token": pending.body["meta"]["session_token"]},
        body={"key": _emailed_code()},
    )
    meta = verified.body["meta"]

    logged_out = api.call("delete", SESSION, path=APP, headers={"X-Session-Token": meta["session_token"]})

    assert logged_out.status == 401
    assert logged_out.body["meta"]["is_authenticated"] is False
    assert api.call("post", REFRESH, body={"refresh_token": meta["refresh_token"]}).status == 401


class TestAllauthErrorsAreProblemDetails:
    """The one error shape, also for allauth's endpoints, exactly as the document describes it."""

    def test_invalid_sign_up_names_the_fields_the_client_sent(self, api, client):
        answer = api.call("post", SIGNUP, path=APP, body={"email": "not-an-email", "password": "short"})

        assert answer.status == 400
        assert answer.content_type.startswith("application/problem+json")
        assert {tuple(err["loc"]) for err in answer.body["errors"]} >= {("body", "email"), ("body", "password")}
        assert all(set(err) == {"loc", "msg", "type"} for err in answer.body["errors"])

    def test_a_wrong_password_is_a_problem_with_allauths_error_code(self, api):
        api.call("post", SIGNUP, path=APP, body={"email": "cat@example.com", "password": PASSWORD})

        answer = api.call("post", LOGIN, path=APP, body={"email": "cat@example.com", "password": "wrong-but-long-1"})

        assert answer.status == 400
        assert answer.body["code"] == "email_password_mismatch"
        assert answer.body["errors"][0]["type"] == "email_password_mismatch"

    def test_a_call_the_document_does_not_allow_is_refused_before_it_is_sent(self, api):
        with pytest.raises(NotDocumented):
            api.call("post", LOGIN, path={"client": "desktop"}, body={"email": "a@example.com", "password": PASSWORD})
        with pytest.raises(NotDocumented):
            api.call("post", LOGIN, path=APP, body={"email": "a@example.com"})  # no password
        with pytest.raises(NotDocumented):
            api.call("post", REFRESH, body={"refresh_token": "x"}, bearer="not-a-bearer-operation")


class TestTheDocument:
    def test_allauths_sign_in_endpoints_are_in_it_tagged_auth_with_an_operation_id(self, document):
        auth = {
            (method, path): op
            for path, item in document["paths"].items()
            if path.startswith("/api/auth/")
            for method, op in item.items()
            if method in ("get", "post", "put", "patch", "delete")
        }
        for needed in [("post", SIGNUP), ("post", VERIFY), ("post", LOGIN), ("delete", SESSION)]:
            assert needed in auth
        assert ("post", "/api/auth/{client}/v1/auth/password/request") in auth
        assert ("post", "/api/auth/{client}/v1/auth/password/reset") in auth
        assert ("post", "/api/auth/{client}/v1/auth/provider/token") in auth  # Google from an app
        assert ("post", "/api/auth/browser/v1/auth/provider/redirect") in auth  # X in a browser
        assert ("post", "/api/auth/token/session") in auth
        for op in auth.values():
            assert op["tags"] == ["auth"]
        ids = [op["operationId"] for path in document["paths"].values() for op in path.values() if "operationId" in op]
        assert len(ids) == len(set(ids))

    def test_there_is_one_refresh_endpoint(self, document):
        refreshes = [path for path in document["paths"] if "refresh" in path]
        assert refreshes == [REFRESH]

    def test_the_jwt_is_documented_where_clients_read_it(self, api):
        login_ok = api.resolve(api.operation("post", LOGIN)["responses"]["200"])
        meta = api.resolve(login_ok["content"]["application/json"]["schema"])["properties"]["meta"]
        properties = {}
        for part in api.resolve(meta)["allOf"]:
            properties |= api.resolve(part).get("properties", {})
        assert {"access_token", "refresh_token", "expires_in", "session_token"} <= set(properties)
        assert "Bearer" in properties["access_token"]["description"]

    def test_every_reference_resolves_and_no_component_is_shadowed(self, document):
        text = repr(document)
        referenced = set(re.findall(r"'\$ref': '#/components/(\w+)/(\w+)'", text))
        for kind, name in referenced:
            assert name in document["components"][kind], (kind, name)
        merged = {(kind, name) for kind, entries in document["components"].items() for name in entries}
        dead = {(kind, name) for kind, name in merged if name.startswith("Allauth")} - referenced
        assert not dead, f"allauth components nothing uses (dead types in a generated client): {dead}"
        _, allauth_components = allauth_paths_and_components()
        for kind, entries in allauth_components.items():
            for name, value in entries.items():
                assert document["components"][kind][name] == value, f"{kind}/{name} collides"
