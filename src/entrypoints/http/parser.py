"""Strict JSON request bodies: the right content type, valid UTF-8, valid JSON, no NUL, and
integers that fit in 64 bits.

Rejecting NUL here matters: PostgreSQL text columns cannot store it, so it would otherwise
surface as a 500 deep inside a write. Likewise an integer beyond 64 bits cannot be a database
id or amount; SQLite raises OverflowError on it (the fuzzer found `{"ids": [-5522...168]}` as
a 500), so it is refused here, once for every endpoint.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from ninja.parser import Parser

from core.errors import InvalidInput
from entrypoints.http.errors import MalformedBody, UnsupportedMediaType

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_INT64_DIGITS = len(str(INT64_MIN))


def _bounded_int(text: str) -> int:
    # Checking the length first also spares int() a megabyte-long digit string.
    value = int(text) if len(text) <= _INT64_DIGITS else None
    if value is None or not INT64_MIN <= value <= INT64_MAX:
        raise InvalidInput("Whole numbers must lie between -2^63 and 2^63-1.")
    return value


def _contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(k) or _contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_contains_nul(v) for v in value)
    return False


class StrictJSONParser(Parser):
    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        body = request.body
        if not body:
            return {}
        content_type = (request.content_type or "").lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise UnsupportedMediaType("Send the request body as application/json.")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedBody("The request body is not valid UTF-8.") from exc
        try:
            data = json.loads(text, parse_int=_bounded_int)
        except json.JSONDecodeError as exc:
            raise MalformedBody(f"The request body is not valid JSON: {exc.msg}.") from exc
        if _contains_nul(data):
            raise InvalidInput("Text must not contain NUL characters.")
        return data
