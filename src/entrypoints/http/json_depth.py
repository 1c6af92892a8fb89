"""Refuse deeply nested JSON bodies (400) before any view parses them.

Python's json module recurses once per nesting level: 10,000 levels raise RecursionError,
which nobody catches. Ninja's parser happens to turn it into a 400, but allauth's headless
views (sign-in, sign-up, ...), the Stripe webhook (after its signature check) and anything
else that calls json.loads would answer 500. One guard in front of every view answers them
all alike, whichever code parses the body later.

Only bodies that can nest are looked at: those that start with `[` or `{` once a byte-order
mark and white space are skipped. The scan counts brackets outside strings, so it costs a
regex pass, not a parse; a body with few brackets is waved through after two counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse

from entrypoints.http.problems import problem_response

# Real payloads (ours and Stripe's) nest a handful of levels; 64 is far above them and far
# below the depth at which json.loads runs out of stack.
MAX_JSON_DEPTH = 64

# A string (possibly unterminated: the scan must not trust the body), or one bracket.
_TOKENS_BYTES = re.compile(rb'"(?:[^"\\]++|\\.)*+"?|[\[{\]}]', re.DOTALL)
_TOKENS_TEXT = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[{\]}]', re.DOTALL)
_OPENERS = frozenset("[{")
_LEADING = b"\xef\xbb\xbf \t\r\n"


def nests_deeper_than(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `body`, read as JSON the way json.loads reads bytes, nests beyond `limit`."""
    encoding = json.detect_encoding(body)
    if encoding in ("utf-8", "utf-8-sig"):
        # In UTF-8 no byte of a multi-byte character is ASCII: the bytes can be scanned as they are.
        data: bytes | str = body.lstrip(_LEADING)
        if data[:1] not in (b"[", b"{") or data.count(b"[") + data.count(b"{") <= limit:
            return False
        tokens = _TOKENS_BYTES.finditer(data)
        openers, closers = (ord("["), ord("{")), (ord("]"), ord("}"))
    else:  # UTF-16 or UTF-32, which json.loads also accepts
        data = body.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
        if data[:1] not in _OPENERS or data.count("[") + data.count("{") <= limit:
            return False
        tokens = _TOKENS_TEXT.finditer(data)
        openers, closers = ("[", "{"), ("]", "}")
    depth = 0
    for token in tokens:
        first = token.group()[0]
        if first in openers:
            depth += 1
            if depth > limit:
                return True
        elif first in closers:
            depth -= 1
    return False


class JSONDepthGuardMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._too_deep(request):
            return problem_response(
                400,
                code="malformed_body",
                title="The request body is not valid JSON",
                detail=f"The request body nests deeper than {MAX_JSON_DEPTH} levels.",
            )
        return self.get_response(request)

    @staticmethod
    def _too_deep(request: HttpRequest) -> bool:
        if (request.content_type or "").startswith("multipart/"):
            return False  # file uploads: streamed by Django, never parsed as JSON
        try:
            body = request.body
        except RequestDataTooBig:
            return False  # the view's own access to the body answers 413
        return nests_deeper_than(body)
