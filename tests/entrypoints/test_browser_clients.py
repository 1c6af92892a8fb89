"""What a web app on another origin needs: CORS for the configured origins only, and the
API docs working offline (Swagger UI's assets served by us, not a CDN)."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

WEB_APP = "https://app.humanlink.example"


def _preflight(client, origin: str, headers: str = "authorization,content-type,x-session-token,x-csrftoken"):
    return client.options(
        "/api/users/me",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": headers,
        },
    )


@override_settings(CORS_ALLOWED_ORIGINS=[WEB_APP])
def test_preflight_from_a_configured_origin_is_allowed_with_credentials_and_the_auth_headers(client):
    response = _preflight(client, WEB_APP, "authorization,content-type,x-session-token,x-csrftoken,x-request-id")

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == WEB_APP
    assert response["Access-Control-Allow-Credentials"] == "true"
    allowed = {h.strip() for h in response["Access-Control-Allow-Headers"].split(",")}
    assert {"authorization", "content-type", "x-session-token", "x-csrftoken", "x-request-id"} <= allowed
    assert "PATCH" in response["Access-Control-Allow-Methods"]
    assert int(response["Access-Control-Max-Age"]) >= 600  # browsers do not repeat it per call


@override_settings(CORS_ALLOWED_ORIGINS=[WEB_APP])
def test_a_real_call_from_the_origin_exposes_the_request_id(client):
    response = client.get("/api/health/ping", headers={"Origin": WEB_APP})

    assert response["Access-Control-Allow-Origin"] == WEB_APP
    assert "x-request-id" in response["Access-Control-Expose-Headers"].lower()


@override_settings(CORS_ALLOWED_ORIGINS=[WEB_APP])
def test_a_disallowed_origin_gets_no_cors_headers(client):
    preflight = _preflight(client, "https://evil.example")
    call = client.get("/api/health/ping", headers={"Origin": "https://evil.example"})

    for response in (preflight, call):
        assert "Access-Control-Allow-Origin" not in response
        assert "Access-Control-Allow-Credentials" not in response


def test_no_origin_is_allowed_unless_configured(client, settings):
    assert settings.CORS_ALLOWED_ORIGINS == []  # the test environment configures none
    assert "Access-Control-Allow-Origin" not in _preflight(client, WEB_APP)


def test_allowed_origins_come_from_the_environment(monkeypatch):
    import importlib

    import config.settings as module

    monkeypatch.setenv("CORS_ALLOWED_ORIGINS", f"{WEB_APP},https://admin.humanlink.example")
    try:
        reloaded = importlib.reload(module)
        assert reloaded.CORS_ALLOWED_ORIGINS == [WEB_APP, "https://admin.humanlink.example"]
        # ... and may post with the CSRF token (allauth's browser client).
        assert WEB_APP in reloaded.CSRF_TRUSTED_ORIGINS
    finally:
        monkeypatch.delenv("CORS_ALLOWED_ORIGINS")
        importlib.reload(module)


def test_api_docs_load_no_asset_from_another_host():
    page = Client().get("/api/docs")

    assert page.status_code == 200
    html = page.content.decode()
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets), html
    for asset in assets:
        assert not re.match(r"^(https?:)?//", asset), f"/api/docs loads {asset} from another host"


def test_api_docs_assets_are_served_by_the_project():
    html = Client().get("/api/docs").content.decode()
    assets = re.findall(r"""(?:src|href)=["'](/static/[^"']+)["']""", html)
    assert {"swagger-ui-bundle.js", "swagger-ui.css"} <= {a.rsplit("/", 1)[-1] for a in assets}, html
    for asset in assets:
        assert finders.find(asset.removeprefix("/static/")), asset
        response = Client().get(asset)
        assert response.status_code == 200, asset
        assert b"".join(response.streaming_content if response.streaming else [response.content])
