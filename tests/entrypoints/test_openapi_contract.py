"""The OpenAPI document is a product: a client generator must get good names, the right
shapes and every error it can meet from it, and nothing in it may dangle.

- operationIds: explicit, unique, `<first tag>_<words>` in snake case, and stable (a snapshot
  of method + path -> operationId; changing one breaks generated clients).
- every operation has a description and documents its error answers with `ProblemDetails`,
  at least every status the access matrix (test_access_matrix.EXPECTATIONS) observes.
- component names never collide: every schema class the routers use maps to its own name.
- the document validates as OpenAPI 3.1 and every $ref resolves.
"""

from __future__ import annotations

import enum
import json
import os
import re
import types
import typing
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from pydantic import BaseModel

from entrypoints.http.api import api
from entrypoints.http.openapi import METHODS, shared_error_statuses
from tests.entrypoints.test_access_matrix import EXPECTATIONS

SNAPSHOT = Path(__file__).parent / "snapshots" / "operation_ids.json"
# `<tag>_<word>[_<word>...]`, lower case, at most five words in all: short names a generator keeps.
OPERATION_ID = re.compile(r"^(?P<tag>[a-z]+)(_[a-z0-9]+){1,4}$")
PROBLEM_REF = "#/components/schemas/ProblemDetails"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    # Through the real view (not api.get_openapi_schema()), as clients fetch it.
    from django.test import Client

    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def _from_allauth(operation: dict[str, Any]) -> bool:
    """allauth's sign-in operations, merged from allauth's own specification
    (entrypoints.http.auth_openapi): ids `allauth_<method>_<path>`, allauth's own error docs."""
    return operation.get("operationId", "").startswith("allauth_")


def _operations(document: dict[str, Any]):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield method.upper(), path, operation


def test_operation_ids_are_explicit_short_and_unique(document):
    seen: dict[str, str] = {}
    for method, path, operation in _operations(document):
        op_id = operation.get("operationId", "")
        if _from_allauth(operation):
            assert re.fullmatch(r"allauth(_[a-z0-9]+)+", op_id), f"{method} {path}: {op_id!r}"
            assert op_id not in seen, f"{op_id!r} is used by {seen[op_id]} and {method} {path}"
            seen[op_id] = f"{method} {path}"
            continue
        match = OPERATION_ID.match(op_id)
        assert match, f"{method} {path}: operationId {op_id!r} is not <tag>_<words> in snake case"
        tags = operation.get("tags") or [""]
        assert match["tag"] == tags[0], f"{method} {path}: {op_id!r} must start with its tag {tags[0]!r}"
        assert op_id not in seen, f"{op_id!r} is used by {seen[op_id]} and {method} {path}"
        seen[op_id] = f"{method} {path}"


def test_operation_ids_are_stable(document):
    current = {f"{method} {path}": operation["operationId"] for method, path, operation in _operations(document)}
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(dict(sorted(current.items())), indent=1) + "\n")
    published = json.loads(SNAPSHOT.read_text())
    changed = {
        key: (published[key], current[key])
        for key in published.keys() & current.keys()
        if published[key] != current[key]
    }
    assert not changed, f"operationIds changed (generated clients break): {changed}"
    assert published.keys() <= current.keys(), f"operations disappeared: {sorted(published.keys() - current.keys())}"
    assert current.keys() <= published.keys(), (
        f"new operations {sorted(current.keys() - published.keys())}: record them with UPDATE_SNAPSHOTS=1"
    )


def test_every_operation_is_described(document):
    for method, path, operation in _operations(document):
        assert operation.get("summary", "").strip(), f"{method} {path} has no summary"
        if _from_allauth(operation):
            continue  # allauth's specification describes its operations by their summary
        assert len(operation.get("description", "").strip()) >= 20, f"{method} {path} has no description"


def test_error_answers_are_documented_with_the_problem_schema(document):
    for method, path, operation in _operations(document):
        if _from_allauth(operation):
            continue  # documented from allauth's own specification (entrypoints.http.auth_openapi)
        responses = operation["responses"]
        assert "4XX" not in responses, f"{method} {path}: list the statuses, not a catch-all"
        for status in shared_error_statuses(operation):
            assert str(status) in responses, f"{method} {path} does not document {status}"
        for status, response in responses.items():
            if int(status) >= 400:
                schema = response["content"]["application/problem+json"]["schema"]
                assert schema == {"$ref": PROBLEM_REF}, f"{method} {path} {status}"


def test_statuses_the_access_matrix_observes_are_documented(document):
    paths = document["paths"]
    for (method, path), rule in EXPECTATIONS.items():
        documented = set(paths[path][method.lower()]["responses"])
        observed = {str(status) for status in rule.expect.values()}
        assert observed <= documented, f"{method} {path} answers {sorted(observed - documented)} undocumented"


def test_problem_code_is_an_enum_of_the_catalogue(document):
    from core.error_codes import ERROR_CODES

    code = document["components"]["schemas"]["ProblemDetails"]["properties"]["code"]
    assert code["enum"] == sorted(ERROR_CODES)


# --- component names ------------------------------------------------------------------------


def _router_operations():
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            yield from path_view.operations


def _types_in(annotation: Any) -> typing.Iterator[Any]:
    """Every class an annotation mentions (list[X], X | None, dict[str, X], Annotated[X, ...])."""
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _types_in(arg)


def _schema_classes() -> dict[str, set[type]]:
    """Component name -> the classes the routers use under it (models and enums, nested too).

    Ninja wraps parameters in generated models (BodyParams, QueryParams, ...) and responses in
    NinjaResponseSchema; those wrappers are skipped. Query/path models are flattened into
    `parameters`, so only what they nest (enums, models) becomes a component.
    """
    by_name: dict[str, set[type]] = defaultdict(set)
    seen: set[type] = set()

    def visit(cls: type, *, component: bool = True) -> None:
        if cls in seen:
            return
        seen.add(cls)
        if issubclass(cls, enum.Enum):
            by_name[cls.__name__].add(cls)
        elif issubclass(cls, BaseModel):
            if component:
                by_name[cls.__name__].add(cls)
            for field in cls.model_fields.values():
                for nested in _types_in(field.annotation):
                    if isinstance(nested, type):
                        visit(nested)

    for operation in _router_operations():
        for wrapper in operation.models:
            flattened = wrapper.__ninja_param_source__ not in ("body", "form", "file")
            for field in wrapper.model_fields.values():
                for cls in _types_in(field.annotation):
                    if isinstance(cls, type) and issubclass(cls, BaseModel) and flattened:
                        for inner in cls.model_fields.values():
                            for nested in _types_in(inner.annotation):
                                visit(nested)
                    elif isinstance(cls, type):
                        visit(cls)
        for wrapper in operation.response_models.values():
            if isinstance(wrapper, type) and issubclass(wrapper, BaseModel):
                for cls in _types_in(wrapper.model_fields["response"].annotation):
                    visit(cls)
    return by_name


def test_component_names_never_collide():
    collisions = {
        name: sorted(f"{cls.__module__}.{cls.__qualname__}" for cls in classes)
        for name, classes in _schema_classes().items()
        if len(classes) > 1
    }
    assert not collisions, f"two classes share one OpenAPI component name: {collisions}"


def test_the_class_walk_sees_every_operation(document):
    walked = {operation.operation_id for operation in _router_operations()}
    documented = {op["operationId"] for _m, _p, op in _operations(document) if not _from_allauth(op)}
    assert walked == documented


def test_every_component_of_the_routers_comes_from_a_walked_class(document):
    # Guards the walk: what the routers' operations refer to must be classes it saw, or the
    # collision test above would miss them. (Paths merged in from elsewhere are not Ninja's.)
    walked_ids = {operation.operation_id for operation in _router_operations()}
    ours = [op for _m, _p, op in _operations(document) if op.get("operationId") in walked_ids]
    components = document["components"]["schemas"]
    names, pending = set(), [ours]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/") and ref.split("/")[-1] not in names:
                names.add(ref.split("/")[-1])
                pending.append(components[ref.split("/")[-1]])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    assert {"BookingIn", "MeOut", "SessionStatus"} <= names
    classes = _schema_classes()
    unwalked = sorted(name for name in names if name != "ProblemDetails" and name not in classes)
    assert not unwalked, f"components the class walk did not see: {unwalked}"


# --- validity -------------------------------------------------------------------------------


def test_document_is_valid_openapi_3_1(document):
    assert document["openapi"].startswith("3.1")
    validate(document, cls=OpenAPIV31SpecValidator)


def test_every_ref_resolves_and_every_component_is_used(document):
    refs: set[str] = set()
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.add(node["$ref"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    for ref in refs:
        assert ref.startswith("#/components/"), ref
        kind, _, name = ref.removeprefix("#/components/").partition("/")
        assert name in document["components"].get(kind, {}), f"dangling {ref}"
    schemas = document["components"]["schemas"]
    unused = set(schemas) - {ref.removeprefix("#/components/schemas/") for ref in refs}
    assert not unused, f"components nothing refers to: {sorted(unused)}"
