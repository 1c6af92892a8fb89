"""Turn any error response under /api/ that is not already problem details into one.

Ninja's own handlers cover exceptions raised in views; this catches what happens outside
them: 405 from Ninja's method dispatch, Django's 404 for unknown paths, CSRF 403s, 413 from
Django's body-size check, and allauth's headless error envelope.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from redis.exceptions import RedisError

from core.error_codes import is_known
from entrypoints.http.problems import PROBLEM_CONTENT_TYPE, problem_response
from modules.accounts.public import EMAIL_REFUSAL_CODES

# allauth answers every form error 400; these are values that can never be accepted (an address
# too long to deliver, or with invisible characters): invalid input, 422 like everywhere else.
_UNPROCESSABLE_CODES = EMAIL_REFUSAL_CODES | {"max_length"}


class ProblemDetailsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code < 400 or not request.path.startswith("/api/"):
            return response
        if response.get("Content-Type", "").startswith(PROBLEM_CONTENT_TYPE):
            return response
        return self._convert(request, response)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, RequestDataTooBig):
            return problem_response(413, detail="The request body is too large.")
        if isinstance(exception, RedisError):
            # Outside Ninja (e.g. allauth's rate limits in the cache): a clear 503, not a 500.
            return problem_response(
                503, code="service_unavailable", detail="A backing service is unavailable. Try again."
            )
        return None

    def _convert(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        status = response.status_code
        detail, errors, code = None, [], None
        payload = _json_of(response)
        if isinstance(payload, dict):
            # allauth headless: {"status": 400, "errors": [{"message", "code", "param"}]}
            for err in payload.get("errors") or ():
                if isinstance(err, dict):
                    loc = ["body", err["param"]] if err.get("param") else []
                    errors.append(
                        {"loc": loc, "msg": str(err.get("message", "")), "type": str(err.get("code", "invalid"))}
                    )
            if len(errors) == 1:
                # allauth's error codes (e.g. email_password_mismatch) are stable: pass on the
                # catalogued ones; generic form codes ("required") stay in `errors` only.
                detail, code = errors[0]["msg"], errors[0]["type"]
                code = code if is_known(code) else None
            elif errors:
                detail = " ".join(err["msg"] for err in errors)
            elif isinstance(payload.get("detail"), str):
                detail = payload["detail"]
            if status == 400 and any(err["type"] in _UNPROCESSABLE_CODES for err in errors):
                status = 422
            pending = _pending_flow(payload)
            if status == 401 and pending:
                detail, code = f"Authentication is not complete: the '{pending}' step is pending.", "auth_pending"
        extra = {}
        if isinstance(payload, dict):
            # allauth's flow state (pending verification, session token) stays usable for clients.
            extra = {k: payload[k] for k in ("data", "meta") if k in payload}
            meta = extra.get("meta")
            if isinstance(meta, dict) and "is_authenticated" in meta and meta["is_authenticated"] is None:
                # allauth's 410 (session gone) says `null`; its specification (and ours) a boolean.
                extra["meta"] = {**meta, "is_authenticated": False}
        headers = {}
        if status == 405 and response.get("Allow"):
            headers["Allow"] = response["Allow"]
        if response.get("Retry-After"):
            headers["Retry-After"] = response["Retry-After"]
        return problem_response(status, detail=detail, errors=errors, code=code, extra=extra, headers=headers)


def _pending_flow(payload: dict[str, Any]) -> str | None:
    """The allauth flow waiting for the client (e.g. verify_email), if any."""
    data = payload.get("data")
    flows = data.get("flows") if isinstance(data, dict) else None
    for flow in flows or ():
        if isinstance(flow, dict) and flow.get("is_pending"):
            return str(flow.get("id"))
    return None


def _json_of(response: HttpResponse) -> Any:
    if getattr(response, "streaming", False):
        return None
    if "json" not in response.get("Content-Type", ""):
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
