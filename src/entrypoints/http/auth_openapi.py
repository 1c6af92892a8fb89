"""allauth's headless API in /api/openapi.json: one document for client generators.

Sign-up, verification, login, password reset and provider login are allauth's headless
endpoints (`/api/auth/{client}/v1/…`), not Ninja operations, so Ninja's schema does not know
them. allauth ships an OpenAPI specification of them (`allauth.headless.spec`); this merges it,
as this deployment serves it, into the Ninja document:

- only the paths our URLconf serves (no MFA, no user sessions, no phone; allauth's own
  `tokens/refresh` is not served: /api/auth/token/refresh is the one refresh endpoint);
- tagged `auth`, with an `operationId` each (`allauth_<method>_<path>`), and every allauth
  component prefixed `Allauth…` so no name collides with ours;
- the `meta` of a signed-in answer documents the JWT pair (`access_token`, `refresh_token`,
  `expires_in`) that our token strategy adds;
- errors as they are really sent: RFC 9457 problem details (entrypoints.http.middleware
  converts allauth's `{status, errors[{message, code, param}]}`); a 401/410 keeps allauth's
  flow state (`data.flows`, `meta.session_token`) next to the problem fields. Each operation
  lists its error statuses (allauth's plus those every operation of its kind can answer).

It reads allauth's specification with allauth's own helpers (`allauth.headless.spec.internal`,
django-allauth is pinned); tests/entrypoints/test_openapi_sign_in.py validates real answers
against the result, so a change in either shows.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from django.urls import Resolver404, resolve

PREFIX = "Allauth"
ROOT = "/api/auth"
TAG = "auth"
# Served by a stub that points to /api/auth/token/refresh (config/urls.py).
NOT_SERVED = {f"{ROOT}/app/v1/tokens/refresh"}
_METHODS = {"get", "put", "post", "delete", "patch"}
PROBLEM = "application/problem+json"
PROBLEM_REF = "#/components/schemas/ProblemDetails"


def _problem_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {PROBLEM: {"schema": schema}}


# A 401 or 410 from allauth is part of a flow, not only a failure: it says which step is
# pending (`data.flows[].is_pending`) and carries the session token that continues it.
FLOW_PROBLEM_SCHEMA: dict[str, Any] = {
    "allOf": [
        {"$ref": PROBLEM_REF},
        {
            "type": "object",
            "properties": {
                "data": {
                    "type": "object",
                    "description": "allauth's flow state: `flows` lists the steps; the one with "
                    "`is_pending: true` (e.g. `verify_email`) is what the client does next.",
                    "properties": {"flows": {"type": "array", "items": {"$ref": f"#/components/schemas/{PREFIX}Flow"}}},
                },
                "meta": {"$ref": f"#/components/schemas/{PREFIX}AuthenticationMeta"},
            },
        },
    ]
}

_ERROR_DESCRIPTIONS = {
    "400": 'Invalid input (`errors[].loc` is `["body", <field>]`, `errors[].type` allauth\'s error code, '
    "e.g. `email_password_mismatch`, `invalid_code`); or a malformed body",
    "401": "Not signed in (yet): `code` is `auth_pending` while a step is pending (`data.flows`), "
    "`meta.session_token` continues the flow. After a logout this is the expected answer.",
    "403": "Forbidden (e.g. sign-up closed, a missing CSRF token for the browser client)",
    "404": "Not found (e.g. `client` is neither `app` nor `browser`)",
    "409": "Conflict: the flow is not in a state that allows this call (e.g. no pending verification)",
    "410": "The session token is unknown, expired or was ended by a logout: start again",
    "413": "Request body too large",
    "429": "Too many attempts; wait for `Retry-After` seconds",
    "503": "A backing service is unavailable; nothing was changed. Try again",
}


def _rename_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                kind, _, name = value[len("#/components/") :].partition("/")
                value = f"#/components/{kind}/{PREFIX}{name}"
            out[key] = _rename_refs(value)
        return out
    if isinstance(node, list):
        return [_rename_refs(item) for item in node]
    return node


def _served(path: str) -> bool:
    if "/phone" in path:  # sign-in is by email: allauth routes phone views that nothing here uses
        return False
    for client in ("app", "browser"):
        concrete = path.replace("{client}", client)
        if concrete in NOT_SERVED:
            continue
        try:
            resolve(concrete)
        except Resolver404:
            continue
        return True
    return False


def _operation_id(method: str, path: str) -> str:
    tail = path.split("/v1/", 1)[-1]
    slug = "_".join(part for part in tail.replace("-", "_").split("/") if part)
    client = "" if "{client}" in path else f"{path[len(ROOT) + 1 :].split('/', 1)[0]}_"
    return f"allauth_{method}_{client}{slug}"


def _document_jwt_meta(components: dict[str, Any]) -> None:
    meta = components["schemas"][f"{PREFIX}BaseAuthenticationMeta"]["properties"]
    meta["access_token"]["description"] = (
        "`app` clients, once signed in: the JWT access token. Send it as `Authorization: Bearer "
        "<access_token>` to every other /api/ operation and the chat socket."
    )
    meta["refresh_token"] = {
        "type": "string",
        "description": "`app` clients, once signed in: the JWT refresh token. It works once: "
        "POST it to /api/auth/token/refresh for a new pair; POST it to /api/auth/token/logout to sign out.",
    }
    meta["expires_in"] = {"type": "integer", "description": "Seconds until `access_token` expires."}


def _match_what_allauth_sends(components: dict[str, Any]) -> None:
    """Where allauth's specification and allauth's answers disagree, document the answers
    (found by tests/entrypoints/test_openapi_sign_in.py validating every real answer)."""
    from allauth.headless.constants import Flow

    schemas = components["schemas"]
    # allauth writes OpenAPI 3.0 (`nullable`); the document is 3.1, where null is a type.
    optional = schemas.get(f"{PREFIX}OptionalTimestamp")
    if optional and optional.pop("nullable", False):
        schemas[f"{PREFIX}OptionalTimestamp"] = {"anyOf": [{"$ref": optional["$ref"]}, {"type": "null"}]}
    # Flows list every flow allauth knows (e.g. `password_reset_by_code`), pending or not.
    flow = schemas[f"{PREFIX}Flow"]["properties"]
    flow["id"]["enum"] = sorted(item.value for item in Flow)
    flow["is_pending"].pop("enum", None)


def _shared_error_statuses(method: str, operation: dict[str, Any], item: dict[str, Any]) -> list[str]:
    """Statuses any allauth operation of this kind can answer, besides those allauth lists:
    listed, not a `4XX` catch-all, so the fuzzing test fails on anything undocumented."""
    statuses = ["400", "503"]  # malformed input; Redis (rate limits) down
    if method != "get":
        statuses += ["403", "429"]  # the browser client's CSRF check; allauth's rate limits
    if "requestBody" in operation:
        statuses.append("413")
    parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
    if any(p.get("$ref", "").endswith("SessionToken") for p in parameters):
        statuses += ["401", "410"]  # not signed in (any more); the session token is gone
    if any(p.get("$ref", "").endswith("Client") for p in parameters):
        statuses.append("404")  # `client` is neither `app` nor `browser`
    return statuses


def _error_response(code: str, original: dict[str, Any] | None) -> dict[str, Any]:
    schema = FLOW_PROBLEM_SCHEMA if code in ("401", "410") else {"$ref": PROBLEM_REF}
    description = _ERROR_DESCRIPTIONS.get(code, "An error, as problem details")
    if original and original.get("description"):
        description = f"{original['description'].strip()} {description}"
    return {"description": description, "content": _problem_content(schema)}


@functools.cache
def allauth_paths_and_components() -> tuple[dict[str, Any], dict[str, Any]]:
    """allauth's served paths and their components, rewritten as described above (built once)."""
    import yaml
    from allauth.headless.spec.internal import schema as allauth_schema

    spec = yaml.safe_load((Path(allauth_schema.__file__).parent.parent / "doc" / "openapi.yaml").read_bytes())
    # What allauth itself does for this configuration: our user fields and sign-up form.
    allauth_schema.specify_user(spec)
    allauth_schema.specify_signup_fields(spec)
    allauth_schema.specify_custom_signup_form(spec)

    # Prefix allauth's component names (and every reference to them) before adding ours.
    components = {
        kind: {f"{PREFIX}{name}": _rename_refs(value) for name, value in entries.items()}
        for kind, entries in spec["components"].items()
    }
    raw_responses = components.get("responses", {})
    paths: dict[str, Any] = {}
    for raw_path, item in spec["paths"].items():
        path = raw_path.replace("/_allauth", ROOT)
        if not _served(path):
            continue
        new_item: dict[str, Any] = {}
        for method, operation in _rename_refs(item).items():
            if method not in _METHODS:
                new_item[method] = operation
                continue
            operation = dict(operation)
            operation["tags"] = [TAG]
            operation["operationId"] = _operation_id(method, path)
            responses = {}
            for code, response in operation.get("responses", {}).items():
                if str(code)[0] in "45":
                    ref = response.get("$ref", "")
                    original = raw_responses.get(ref.rsplit("/", 1)[-1]) if ref else response
                    responses[str(code)] = _error_response(str(code), original)
                else:
                    responses[str(code)] = response
            for code in _shared_error_statuses(method, operation, item):
                responses.setdefault(code, _error_response(code, None))
            operation["responses"] = dict(sorted(responses.items()))
            new_item[method] = operation
        paths[path] = new_item

    _document_jwt_meta(components)
    _match_what_allauth_sends(components)
    return paths, _reachable(components, paths)


def _refs_in(node: Any) -> set[tuple[str, str]]:
    if isinstance(node, dict):
        found = set().union(*(_refs_in(value) for value in node.values())) if node else set()
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            kind, _, name = ref[len("#/components/") :].partition("/")
            found.add((kind, name))
        return found
    if isinstance(node, list):
        return set().union(*(_refs_in(item) for item in node)) if node else set()
    return set()


def _reachable(components: dict[str, Any], paths: dict[str, Any]) -> dict[str, Any]:
    """Only the components the served paths use: MFA, phone, ... types would be dead code in
    a generated client."""
    seen: set[tuple[str, str]] = set()
    pending = _refs_in(paths)
    while pending:
        kind, name = pending.pop()
        if (kind, name) in seen or name not in components.get(kind, {}):
            continue
        seen.add((kind, name))
        pending |= _refs_in(components[kind][name])
    pruned: dict[str, Any] = {}
    for kind, name in sorted(seen):
        pruned.setdefault(kind, {})[name] = components[kind][name]
    return pruned


def merge_allauth_spec(document: dict[str, Any]) -> dict[str, Any]:
    """Add allauth's served endpoints to a Ninja OpenAPI document (in place; returned)."""
    paths, components = allauth_paths_and_components()
    for path, item in copy.deepcopy(paths).items():
        document.setdefault("paths", {}).setdefault(path, item)
    for kind, entries in copy.deepcopy(components).items():
        target = document.setdefault("components", {}).setdefault(kind, {})
        for name, value in entries.items():
            target.setdefault(name, value)
    return document
