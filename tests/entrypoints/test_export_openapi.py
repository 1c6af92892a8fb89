"""`manage.py export_openapi`: the documents the web app generates its TypeScript types from."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_the_api_document_is_the_one_the_server_serves(client, tmp_path):
    target = tmp_path / "api.json"
    call_command("export_openapi", api=str(target))
    served = client.get("/api/openapi.json")
    assert served.status_code == 200
    assert json.loads(target.read_text()) == served.json()


def test_the_auth_document_is_rooted_where_allauth_is_mounted_and_knows_our_token_pair(tmp_path):
    target = tmp_path / "auth.json"
    call_command("export_openapi", auth=str(target))
    document = json.loads(target.read_text())
    paths = document["paths"]
    assert "/api/auth/{client}/v1/auth/signup" in paths
    assert "/api/auth/{client}/v1/auth/email/verify" in paths
    assert not any(path.startswith("/_allauth") for path in paths)
    meta = document["components"]["schemas"]["BaseAuthenticationMeta"]["properties"]
    assert {"access_token", "refresh_token", "session_token"} <= set(meta)
