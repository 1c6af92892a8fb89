"""One error body for every failure: RFC 9457 problem details.

    {"type": "https://humanlink.app/problems/<code>", "title": ..., "status": 409,
     "detail": ..., "code": "<stable machine code>", "errors": [{"loc": [...], "msg": ..., "type": ...}]}

Everything that answers an error (the Ninja handlers, the middleware that catches
non-Ninja responses, Django's 404/500 handlers) renders through `problem_response`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, JsonResponse

from core.api_errors import PROBLEM_CONTENT_TYPE
from core.error_codes import is_known

logger = logging.getLogger(__name__)

PROBLEM_TYPE_BASE = "https://humanlink.app/problems/"

# Stable codes for errors that do not come from a domain error.
STATUS_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
}


def problem_body(
    status: int,
    *,
    code: str | None = None,
    detail: str | None = None,
    title: str | None = None,
    errors: Iterable[Mapping[str, Any]] = (),
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    if code and not is_known(code):
        # Clients switch on `code`: one outside the catalogue (core.error_codes) would break
        # that promise, so it falls back to the status's code (the test suite fails on it).
        logger.warning("problem code %r is not in the error catalogue; answering the status's code", code)
        code = None
    code = code or STATUS_CODES.get(status, "error")
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": title or phrase,
        "status": status,
        "detail": detail or title or phrase,
        "code": code,
        "errors": list(errors),
    }
    if extra:
        body.update({k: v for k, v in extra.items() if k not in body})
    return body


def problem_response(status: int, **kwargs: Any) -> JsonResponse:
    headers = kwargs.pop("headers", None)
    response = JsonResponse(problem_body(status, **kwargs), status=status, content_type=PROBLEM_CONTENT_TYPE)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def handler_404(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return problem_response(404, detail="No such resource.")


def handler_500(request: HttpRequest) -> JsonResponse:
    return problem_response(500, detail="Something went wrong on our side. It has been reported.")


def one_refresh_endpoint(request: HttpRequest) -> JsonResponse:
    """allauth's `…/app/v1/tokens/refresh`, shadowed: /api/auth/token/refresh is the one refresh."""
    return problem_response(
        404,
        detail="Refresh tokens at POST /api/auth/token/refresh (it answers access_token, refresh_token, expires_in).",
    )
