"""Finish the OpenAPI document Ninja generates, so it can be handed to a client generator.

- Every failure is RFC 9457 problem details (entrypoints.http.problems): one `ProblemDetails`
  component whose `code` is an enum of the error catalogue (core.error_codes).
- Each operation lists the error statuses it can answer. Routers declare the ones their rules
  produce (core.api_errors.error_responses: 403, 404, 409, ...); the ones every operation of a
  kind shares are added here: 401 when it needs a token, 422 when it takes parameters or a
  body, 400/413/415 when it has a body, 503 when it touches a backing service. No `4XX`
  catch-all: the fuzzing test (tests/fuzz) fails on any status an operation does not document.
- Components nothing refers to are dropped (Ninja emits the models of query parameters,
  which it flattens into `parameters`, as components too: dead types in a generated client).
"""

from __future__ import annotations

from typing import Any

from ninja_extra import NinjaExtraAPI

from core.api_errors import problem_response_doc
from core.error_codes import ERROR_CODES
from entrypoints.http.auth_openapi import merge_allauth_spec
from entrypoints.http.errors import client_locations

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "ProblemDetails",
    "type": "object",
    "description": "RFC 9457 problem details; `code` is stable and meant for programs.",
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "code": {
            "type": "string",
            "enum": sorted(ERROR_CODES),
            "description": "Stable machine code from the error catalogue (docs/api.md, 'Error catalogue').",
        },
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
    # Some problems carry context a client acts on (e.g. allauth's flow state, a booking policy).
    "additionalProperties": True,
}

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
# Operations that touch no database, cache or provider cannot answer 503.
_NO_BACKING_SERVICE_TAGS = {"health"}


def shared_error_statuses(operation: dict[str, Any]) -> list[int]:
    statuses = []
    if operation.get("security"):
        statuses.append(401)
    if operation.get("parameters") or "requestBody" in operation:
        statuses.append(422)
    if "requestBody" in operation:
        statuses += [400, 413, 415]
    if not _NO_BACKING_SERVICE_TAGS & set(operation.get("tags", ())):
        statuses.append(503)
    return statuses


def document_problem_responses(schema: dict[str, Any]) -> dict[str, Any]:
    schema.setdefault("components", {}).setdefault("schemas", {})["ProblemDetails"] = PROBLEM_SCHEMA
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in METHODS:
                continue
            # Ninja keys its responses by int, router declarations by str: one key per status.
            responses = {str(status): doc for status, doc in operation.get("responses", {}).items()}
            for status in shared_error_statuses(operation):
                responses.setdefault(str(status), problem_response_doc(status))
            operation["responses"] = dict(sorted(responses.items()))
    return schema


def drop_unreferenced_components(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.get("components", {}).get("schemas", {})
    prefix = "#/components/schemas/"
    reachable: set[str] = set()
    # Roots: the paths and every other component section (responses, parameters, ... that
    # merged specifications such as allauth's use), which may refer to schemas in turn.
    others = {kind: section for kind, section in schema.get("components", {}).items() if kind != "schemas"}
    pending = _refs([{k: v for k, v in schema.items() if k != "components"}, others], prefix)
    while pending:
        name = pending.pop()
        if name in reachable or name not in components:
            continue
        reachable.add(name)
        pending |= _refs(components[name], prefix)
    for name in list(components):
        if name not in reachable:
            del components[name]
    return schema


def _refs(node: Any, prefix: str) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                found.add(ref[len(prefix) :])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


class ProblemDocumentingAPI(NinjaExtraAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = document_problem_responses(super().get_openapi_schema(*args, **kwargs))
        # allauth's sign-in endpoints join after the problem defaults: it documents its own errors.
        return drop_unreferenced_components(merge_allauth_spec(schema))

    def validation_error_from_error_contexts(self, error_contexts: Any) -> Any:
        # Field errors name fields as the document does (see errors.client_locations).
        return client_locations(error_contexts)
