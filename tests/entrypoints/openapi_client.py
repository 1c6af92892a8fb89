"""A client built from /api/openapi.json alone, as a generated client is.

It knows nothing about HumanLink but the document: it finds an operation by method and path
template, fills path parameters from their documented enums, sends only the headers the
operation declares (`X-Session-Token`) or its security scheme asks for (bearer), checks the
request body against the documented request schema before sending, and refuses any answer
whose status, content type or body the document does not describe. A test that signs in
through it proves a generated client can.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

METHODS = ("get", "put", "post", "delete", "patch")


class NotDocumented(AssertionError):
    """The server did something the document does not say, or the client was asked to."""


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: Any


class DocumentClient:
    def __init__(self, http: Any, document: dict[str, Any]) -> None:
        self.http = http
        self.document = document

    # --- reading the document -------------------------------------------------------------
    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            kind, name = node["$ref"].removeprefix("#/components/").split("/")
            node = self.document["components"][kind][name]
        return node

    def operation(self, method: str, template: str) -> dict[str, Any]:
        item = self.document["paths"].get(template)
        if not item or method not in item:
            raise NotDocumented(f"{method.upper()} {template} is not in the document")
        return item[method] | {"parameters": [*item.get("parameters", []), *item[method].get("parameters", [])]}

    def parameters(self, operation: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
        params = (self.resolve(p) for p in operation["parameters"])
        return {p["name"]: p for p in params if p["in"] == where}

    def validate(self, schema: dict[str, Any], value: Any, what: str) -> None:
        root = {"components": self.document["components"], **schema}
        errors = [str(err) for err in jsonschema_rs.Draft202012Validator(root).iter_errors(value)]
        if errors:
            raise NotDocumented(f"{what} breaks its documented schema: {errors[:3]}")

    def response_schema(self, method: str, template: str, status: int, content_type: str) -> dict[str, Any]:
        responses = self.operation(method, template)["responses"]
        documented = responses.get(str(status)) or responses.get(status) or responses.get(f"{str(status)[0]}XX")
        if documented is None:
            raise NotDocumented(f"{method.upper()} {template} answered {status}, which is not documented")
        content = self.resolve(documented).get("content", {})
        media = content.get(content_type.split(";")[0].strip())
        if content and media is None:
            raise NotDocumented(f"{method.upper()} {template} {status}: {content_type} is not documented")
        return (media or {}).get("schema", {})

    # --- calling --------------------------------------------------------------------------
    def call(
        self,
        method: str,
        template: str,
        *,
        path: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        body: Any = None,
        bearer: str | None = None,
    ) -> Answer:
        operation = self.operation(method, template)
        url = template
        for name, param in self.parameters(operation, "path").items():
            value = (path or {})[name]
            allowed = self.resolve(param.get("schema", {})).get("enum")
            if allowed is not None and value not in allowed:
                raise NotDocumented(f"{name}={value} is not one of {allowed}")
            url = url.replace("{" + name + "}", value)
        declared = {name.lower() for name in self.parameters(operation, "header")}
        for name in headers or {}:
            if name.lower() not in declared:
                raise NotDocumented(f"{method.upper()} {template} does not declare the header {name}")
        sent_headers = dict(headers or {})
        if bearer is not None:
            schemes = self.document["components"].get("securitySchemes", {})
            wanted = [name for requirement in operation.get("security", []) for name in requirement]
            if not any(schemes[name].get("scheme") == "bearer" for name in wanted):
                raise NotDocumented(f"{method.upper()} {template} does not take a bearer token")
            sent_headers["Authorization"] = f"Bearer {bearer}"
        kwargs: dict[str, Any] = {"headers": sent_headers}
        if body is not None:
            request_body = operation.get("requestBody")
            if request_body is None:
                raise NotDocumented(f"{method.upper()} {template} takes no request body")
            schema = self.resolve(request_body)["content"]["application/json"]["schema"]
            self.validate(schema, body, f"the request body of {method.upper()} {template}")
            kwargs |= {"data": json.dumps(body), "content_type": "application/json"}
        response = getattr(self.http, method)(url, **kwargs)
        content_type = response.get("Content-Type", "")
        parsed = json.loads(response.content) if response.content else None
        schema = self.response_schema(method, template, response.status_code, content_type)
        if parsed is not None and schema:
            self.validate(schema, parsed, f"the {response.status_code} answer of {method.upper()} {template}")
        return Answer(response.status_code, content_type, parsed)
