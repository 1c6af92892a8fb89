"""Bearer-token API calls skip browser state; browsers keep sessions and CSRF."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db


def test_bearer_api_calls_load_no_session_and_set_no_cookie(client):
    response = client.get("/api/users/me", headers=bearer(UserFactory()))
    assert response.status_code == 200
    assert "sessionid" not in response.cookies
    assert not hasattr(response.wsgi_request, "session")
    assert not hasattr(response.wsgi_request, "_messages")


def test_browser_pages_still_get_sessions_and_csrf():
    admin = UserFactory(role="admin", is_staff=True, is_superuser=True)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(admin)
    assert browser.get("/admin/").status_code == 200
    # A POST without the CSRF token is refused for session-authenticated browsers.
    assert browser.post("/admin/logout/").status_code == 403


def test_allauth_browser_flows_keep_their_session():
    response = Client().get("/api/auth/browser/v1/auth/session")
    assert response.status_code in (200, 401)
    assert hasattr(response.wsgi_request, "session")
