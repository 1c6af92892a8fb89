"""Declare, next to an operation, which error answers it can give (for the OpenAPI document).

    @router.post("/{session_id}/cancel", ..., openapi_extra=error_responses(404, 409, 422))

Every error body is RFC 9457 problem details (the `ProblemDetails` component); the HTTP edge
(entrypoints.http.openapi) adds the answers every operation of a kind shares (401 when it needs
a token, 422 when it takes input, 400/413/415 when it has a body, 503) so routers list only the
ones their rules produce: 403, 404, 409, 422 from a business rule, 429, 502.
"""

from __future__ import annotations

from typing import Any

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_SCHEMA_REF = "#/components/schemas/ProblemDetails"

ERROR_DESCRIPTIONS: dict[int, str] = {
    400: "Malformed request body (not JSON, not UTF-8)",
    401: "Missing, invalid or expired access token",
    403: "The caller's role or relation to the object does not allow this",
    404: "No such object, or not one the caller may see",
    409: "Conflicts with the current state (taken, already done, changed meanwhile); nothing was changed",
    413: "Request body too large",
    415: "Request body is not application/json",
    422: "Invalid input or a business rule refused it; `code` says which, `errors` lists the fields",
    429: "Too many requests; see the Retry-After header",
    502: "An external provider failed",
    503: "A backing service is unavailable; nothing was changed, retry later",
}


def problem_response_doc(status: int) -> dict[str, Any]:
    return {
        "description": ERROR_DESCRIPTIONS[status],
        "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
    }


def error_responses(*statuses: int) -> dict[str, Any]:
    """`openapi_extra` for an operation that can also answer `statuses`."""
    unknown = set(statuses) - ERROR_DESCRIPTIONS.keys()
    if unknown:
        raise ValueError(f"no description for status {sorted(unknown)}")
    return {"responses": {str(status): problem_response_doc(status) for status in sorted(statuses)}}
