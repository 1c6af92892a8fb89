from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _is_problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert set(body) >= {"type", "title", "status", "detail", "code", "errors"}
    return body


def test_unknown_api_path_is_a_problem_404(client):
    assert _is_problem(client.get("/api/nope"), 404)["code"] == "not_found"


def test_wrong_method_is_a_problem_405(client):
    assert _is_problem(client.put("/api/users/me"), 405)["code"] == "method_not_allowed"


def test_openapi_document_is_served(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert "/api/users/me" in response.json()["paths"]


def test_health(client):
    assert client.get("/health/live").json() == {"status": "ok"}
    ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"
