"""Document the error answers in the OpenAPI schema.

Every failure is RFC 9457 problem details (entrypoints.http.problems), whichever router it
comes from, so the schema says so once for every operation: a shared `ProblemDetails`
component, explicit 401/422/400/413/415 where the operation can produce them, and a `4XX`
catch-all (403, 404, 405, 409, 429, ...). Generated clients and the fuzzing test
(tests/fuzz) then know every documented error body. What a router documents itself wins.
"""

from __future__ import annotations

from typing import Any

from ninja_extra import NinjaExtraAPI

from entrypoints.http.auth_openapi import merge_allauth_spec
from entrypoints.http.errors import client_locations
from entrypoints.http.problems import PROBLEM_CONTENT_TYPE

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "ProblemDetails",
    "type": "object",
    "description": "RFC 9457 problem details; `code` is stable and meant for programs.",
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "loc": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                    "msg": {"type": "string"},
                    "type": {"type": "string"},
                },
                "required": ["loc", "msg", "type"],
            },
        },
    },
    "required": ["type", "title", "status", "detail", "code", "errors"],
    # Some problems carry context a client acts on (e.g. allauth's flow state).
    "additionalProperties": True,
}

_DESCRIPTIONS = {
    "400": "Malformed request body (not JSON, not UTF-8)",
    "401": "Missing, invalid or expired access token",
    "413": "Request body too large",
    "415": "Request body is not application/json",
    "422": "Invalid input; `errors` lists the fields",
    "4XX": "Any other client error (forbidden, not found, conflict, rate limited, ...)",
}
_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


def document_problem_responses(schema: dict[str, Any]) -> dict[str, Any]:
    schema.setdefault("components", {}).setdefault("schemas", {}).setdefault("ProblemDetails", PROBLEM_SCHEMA)
    problem = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}}
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in _METHODS:
                continue
            codes = ["4XX"]
            if operation.get("security"):
                codes.append("401")
            if operation.get("parameters") or "requestBody" in operation:
                codes.append("422")
            if "requestBody" in operation:
                codes += ["400", "413", "415"]
            responses = operation.setdefault("responses", {})
            for code in codes:
                responses.setdefault(code, {"description": _DESCRIPTIONS[code], "content": problem})
    return schema


class ProblemDocumentingAPI(NinjaExtraAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        # allauth's sign-in endpoints join after the problem defaults: it documents its own errors.
        return merge_allauth_spec(document_problem_responses(super().get_openapi_schema(*args, **kwargs)))

    def validation_error_from_error_contexts(self, error_contexts: Any) -> Any:
        # Field errors name fields as the document does (see errors.client_locations).
        return client_locations(error_contexts)
