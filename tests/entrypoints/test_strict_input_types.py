"""Every boolean and integer input of every operation refuses coercion (422).

Found by generated requests: `"yes"`, `"off"`, `0` and `1.0` passed as booleans, and
`{"friend_id": true}` booked friend 1. The walk covers every operation of the API, every
parameter and every body field down to list items and map values, from the same input models
/api/openapi.json is generated from (so a new plain `int` or `bool` anywhere fails here; use
the types in kit.fields). In a JSON body an integer is an integer and a boolean is
`true`/`false`; in a path or query an integer is decimal digits.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from core.identity import Role
from entrypoints.http.api import api
from tests.modules.accounts.factories import UserFactory, bearer

pytestmark = pytest.mark.django_db

BODY_NOT_INT = [True, 1.0, "1"]
BODY_NOT_BOOL = ["true", "yes", "off", 0, 1, 1.0]
PARAM_NOT_INT = ["1.0", "true", " 1", "1_000", "0x1", "1e3", "+1", "١"]
PARAM_NOT_BOOL = ["yes", "off", "1", "0", "t"]


def _operations() -> Iterator[tuple[str, str, Any]]:
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            full = "/".join(p.strip("/") for p in ("api", prefix, path) if p.strip("/"))
            for operation in path_view.operations:
                for method in operation.methods:
                    yield method.lower(), "/" + full, operation


def _leaves(schema: dict, defs: dict, loc: list) -> Iterator[tuple[list, str, set[str]]]:
    """(location, "integer" | "boolean", every type the value's union allows) for each leaf."""
    if "$ref" in schema:
        yield from _leaves(defs[schema["$ref"].split("/")[-1]], defs, loc)
        return
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        allowed = {o.get("type") for o in options if "type" in o}
        for option in options:
            for leaf_loc, kind, _ in _leaves(option, defs, loc):
                yield leaf_loc, kind, allowed
        return
    kind = schema.get("type")
    if kind in ("integer", "boolean"):
        yield loc, kind, {kind}
    for name, sub in schema.get("properties", {}).items():
        yield from _leaves(sub, defs, [*loc, name])
    if isinstance(schema.get("items"), dict):
        yield from _leaves(schema["items"], defs, [*loc, 0])
    if isinstance(schema.get("additionalProperties"), dict):
        keys = schema.get("propertyNames", {}).get("enum") or ["key"]
        yield from _leaves(schema["additionalProperties"], defs, [*loc, keys[0]])


def _inputs() -> Iterator[tuple[str, str, str, list, str, set[str]]]:
    for method, path, operation in _operations():
        for model in operation.models:
            source = model.__ninja_param_source__
            schema = model.model_json_schema()
            defs = schema.get("$defs", {})
            for name, sub in schema.get("properties", {}).items():
                for loc, kind, allowed in _leaves(sub, defs, [name]):
                    if source == "query" and len(loc) > 1:
                        loc = loc[1:]  # `query: Query[SomeSchema]` is flattened into plain parameters
                    yield method, path, source, loc, kind, allowed


INPUTS = sorted(
    {(m, p, s, tuple(loc), kind, tuple(sorted(a))) for m, p, s, loc, kind, a in _inputs()},
    key=lambda x: (x[1], x[0], x[3]),
)


def _nest(loc: list, value: Any) -> Any:
    """{"a": [{"b": value}]} for loc ["a", 0, "b"]."""
    if not loc:
        return value
    head, rest = loc[0], loc[1:]
    return [_nest(rest, value)] if isinstance(head, int) else {head: _nest(rest, value)}


def _request(client, user, method, path, source, loc, value):
    path_params = {name: "1" for name in _path_names(path)}
    query, body = {}, None
    if source == "path":
        path_params[loc[0]] = str(value)
    elif source == "query":
        query[loc[0]] = value
    else:  # a body: Ninja's one body model wraps the payload in a field of its own
        body = _nest(loc[1:], value)
    url = path
    for name, text in path_params.items():
        url = url.replace("{" + name + "}", text)
    return client.generic(
        method.upper(),
        url + ("?" + "&".join(f"{k}={_quote(v)}" for k, v in query.items()) if query else ""),
        data=json.dumps(body) if body is not None else "",
        content_type="application/json",
        headers=bearer(user),
    )


def _quote(value: Any) -> str:
    from urllib.parse import quote

    return quote(str(value), safe="")


def _path_names(path: str) -> list[str]:
    import re

    return re.findall(r"{(\w+)}", path)


def _bad_values(source: str, kind: str, allowed: tuple[str, ...]) -> list[Any]:
    if source in ("path", "query"):
        return PARAM_NOT_INT if kind == "integer" else PARAM_NOT_BOOL
    values = BODY_NOT_INT if kind == "integer" else BODY_NOT_BOOL
    # A union that also takes text (or numbers) takes "1" (or 1.0) as that, not as a coerced integer.
    return [
        v
        for v in values
        if not (isinstance(v, str) and "string" in allowed) and not (isinstance(v, float) and "number" in allowed)
    ]


def test_the_walk_finds_the_inputs_that_were_coerced():
    found = {(p, s, loc) for _, p, s, loc, _, _ in INPUTS}
    assert ("/api/sessions", "body", ("payload", "friend_id")) in found
    assert ("/api/sessions", "body", ("payload", "pay_per_session")) in found
    assert ("/api/chat/preferences", "body", ("payload", "share_presence")) in found
    assert ("/api/sessions/availability", "body", ("payload", "weekly", 0, "weekday")) in found
    assert ("/api/sessions/{session_id}", "path", ("session_id",)) in found
    assert ("/api/sessions", "query", ("limit",)) in found
    assert ("/api/users/me/friend-profile", "body", ("payload", "prices_minor", "text")) in found
    assert len(INPUTS) > 60


@pytest.mark.parametrize(
    ("method", "path", "source", "loc", "kind", "allowed"),
    INPUTS,
    ids=[f"{m.upper()} {p} {s}:{'.'.join(map(str, loc))}" for m, p, s, loc, _, _ in INPUTS],
)
def test_booleans_and_integers_refuse_coercion(client, method, path, source, loc, kind, allowed):
    user = UserFactory(role=Role.ADMIN)  # past every role check, so the input itself is what is judged
    # A body's fields are located from the body itself (the view's parameter name is left out).
    expected = [source, *loc[1:]] if source == "body" else [source, *loc]
    for value in _bad_values(source, kind, allowed):
        response = _request(client, user, method, path, source, list(loc), value)
        assert response.status_code == 422, (value, response.status_code, response.content)
        errors = response.json()["errors"]
        at_field = [
            e
            for e in errors
            if e["loc"][: len(expected)] == expected and e["type"] not in ("missing", "extra_forbidden")
        ]
        assert at_field, (value, errors)
