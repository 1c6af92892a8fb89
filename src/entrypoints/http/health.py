"""Liveness and readiness probes for the load balancer / orchestrator."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET
from ninja import Router, Schema


@require_GET
def live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return f"database: {type(exc).__name__}"
    return None


def _check_redis() -> str | None:
    if not settings.REDIS_URL:
        return None
    import redis

    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        client.ping()
        client.close()
    except Exception as exc:
        return f"redis: {type(exc).__name__}"
    return None


@require_GET
def ready(request: HttpRequest) -> JsonResponse:
    checks = {"database": _check_database(), "redis": _check_redis()}
    failures = {name: problem for name, problem in checks.items() if problem}
    body = {
        "status": "ok" if not failures else "unavailable",
        "checks": {name: ("ok" if problem is None else "fail") for name, problem in checks.items()},
    }
    if not settings.REDIS_URL:
        body["checks"]["redis"] = "not configured"
    return JsonResponse(body, status=200 if not failures else 503)


# A bare API endpoint: same middleware, parser and error handling as every other /api/
# route, but no auth and no database. It is the baseline the HTTP benchmark compares
# authenticated endpoints against, and a cheap "is the API process up" probe.
ping_router = Router(tags=["health"])


class PingOut(Schema):
    status: str


@ping_router.get("/ping", response=PingOut, auth=None, summary="Cheap API liveness probe", operation_id="health_ping")
def ping(request: HttpRequest) -> PingOut:
    """Anyone, no token: is the API process up. Touches no database. Changes nothing."""
    return PingOut(status="ok")
