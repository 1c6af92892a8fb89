"""Exception handlers for the Ninja API: every exception class maps to one problem body.

Ninja looks handlers up along the exception's class hierarchy, so one handler on
`DomainError` covers every domain error, and one on `Exception` covers the unexpected.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationErrorContext
from ninja.errors import ValidationError as NinjaValidationError
from ninja_extra.exceptions import APIException
from redis.exceptions import RedisError

from core import errors as domain
from entrypoints.http.problems import problem_response
from entrypoints.http.rate_limits import DEFAULT_RETRY_AFTER_SECONDS

logger = logging.getLogger(__name__)


class UnsupportedMediaType(domain.DomainError):
    code = "unsupported_media_type"
    title = "Unsupported media type"


class MalformedBody(domain.DomainError):
    code = "malformed_body"
    title = "The request body is not valid JSON"


DOMAIN_STATUS: dict[type[domain.DomainError], int] = {
    domain.InvalidInput: 422,
    domain.Unauthenticated: 401,
    domain.PermissionDenied: 403,
    domain.NotFound: 404,
    domain.Conflict: 409,
    domain.RuleViolated: 422,
    domain.RateLimited: 429,
    domain.ProviderUnavailable: 503,
    domain.ProviderError: 502,
    domain.ServiceUnavailable: 503,
    UnsupportedMediaType: 415,
    MalformedBody: 400,
}


def status_for(exc: domain.DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in DOMAIN_STATUS:
            return DOMAIN_STATUS[cls]
    return 400


def field_problems(errors: Any) -> list[dict[str, Any]]:
    """Pydantic/Ninja error dicts -> our `errors` items (no input echo: it may be a secret)."""
    out = []
    for err in errors or ():
        if not isinstance(err, dict):
            out.append({"loc": [], "msg": str(err), "type": "invalid"})
            continue
        out.append(
            {
                "loc": [str(p) if not isinstance(p, int) else p for p in err.get("loc", ())],
                "msg": str(err.get("msg", "invalid")),
                "type": str(err.get("type", "invalid")),
            }
        )
    return out


def client_locations(error_contexts: list[ValidationErrorContext]) -> NinjaValidationError:
    """Ninja's validation errors, located the way the client sent the request.

    A view's single body parameter (`payload: MePatch`) is the whole JSON body, yet Ninja puts
    the parameter's name into `loc` (`["body", "payload", "timezone"]`): a name the client never
    sees in the OpenAPI document. It is dropped, so the client reads `["body", "timezone"]`.
    """
    errors: list[dict[str, Any]] = []
    for context in error_contexts:
        model = context.model
        source = model.__ninja_param_source__
        whole_body_param = getattr(model, "__read_from_single_attr__", None) if source == "body" else None
        for err in context.pydantic_validation_error.errors(include_url=False):
            loc = model.__ninja_flatten_map_reverse__.get(err["loc"], err["loc"])
            if whole_body_param and loc[:1] == (whole_body_param,):
                loc = loc[1:]
            item = {k: v for k, v in err.items() if k not in ("input", "ctx")}
            item["loc"] = (source, *loc)
            errors.append(item)
    return NinjaValidationError(errors)


def _domain_error(request: HttpRequest, exc: domain.DomainError) -> HttpResponse:
    headers = {}
    if isinstance(exc, domain.RateLimited):
        headers["Retry-After"] = str(exc.retry_after or DEFAULT_RETRY_AFTER_SECONDS)
    return problem_response(
        status_for(exc),
        code=exc.code,
        title=exc.title,
        detail=exc.detail,
        errors=[{"loc": list(p.loc), "msg": p.msg, "type": p.type} for p in exc.errors],
        extra=exc.extra,
        headers=headers,
    )


def _validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return problem_response(422, detail="Some fields are not valid.", errors=field_problems(exc.errors))


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Ninja wraps body-parser failures in HttpError(400); the cause says what really happened.
    cause = exc.__cause__
    if isinstance(cause, domain.DomainError):
        return _domain_error(request, cause)
    if isinstance(cause, RequestDataTooBig):
        return _too_big(request, cause)
    status = exc.status_code
    if isinstance(exc, AuthenticationError):
        return problem_response(401, detail="Missing or invalid credentials.")
    return problem_response(status, detail=str(exc) or None)


def _api_exception(request: HttpRequest, exc: APIException) -> HttpResponse:
    """ninja-extra / ninja-jwt exceptions (invalid token, throttled, ...)."""
    detail = exc.detail
    code = None
    if isinstance(detail, dict):
        code = str(detail.get("code") or "") or None
        detail = detail.get("detail", "")
    headers = {}
    wait = getattr(exc, "wait", None)
    if exc.status_code == 429:
        headers["Retry-After"] = str(int(wait) + 1 if wait else DEFAULT_RETRY_AFTER_SECONDS)
    if exc.status_code == 401:
        code = code if code == "token_not_valid" else "not_authenticated"
    return problem_response(exc.status_code, code=code, detail=str(detail) or None, headers=headers)


def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem_response(404, detail="No such resource.")


def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return problem_response(413, detail="The request body is too large.")


def _django_validation(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    return problem_response(422, detail="; ".join(exc.messages))


def _integrity_error(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    # Services turn the constraint violations they expect into domain errors; one that slips
    # through is still a conflict with stored data, not an outage.
    logger.warning("unhandled integrity error during %s %s: %s", request.method, request.path, exc)
    return problem_response(409, detail="The request conflicts with data that changed meanwhile; nothing was changed.")


def _database_error(request: HttpRequest, exc: DatabaseError) -> HttpResponse:
    logger.exception("database error during %s %s", request.method, request.path)
    _report(exc)
    return problem_response(503, detail="The database is unavailable; nothing was changed. Try again.")


def _redis_down(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.error("redis unavailable during %s %s: %s", request.method, request.path, exc)
    return problem_response(
        503, code="service_unavailable", detail="A backing service is unavailable; nothing was changed. Try again."
    )


def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("unexpected error during %s %s", request.method, request.path)
    _report(exc)
    return problem_response(500, detail="Something went wrong on our side. It has been reported.")


def _report(exc: Exception) -> None:
    try:
        import sentry_sdk

        sentry_sdk.capture_exception(exc)
    except Exception:  # pragma: no cover - reporting must never mask the answer
        logger.debug("sentry capture failed", exc_info=True)


def install_error_handlers(api: NinjaAPI) -> None:
    api.add_exception_handler(domain.DomainError, _domain_error)
    api.add_exception_handler(NinjaValidationError, _validation_error)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(APIException, _api_exception)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(RequestDataTooBig, _too_big)
    api.add_exception_handler(DjangoValidationError, _django_validation)
    api.add_exception_handler(DatabaseError, _database_error)
    api.add_exception_handler(IntegrityError, _integrity_error)
    api.add_exception_handler(RedisError, _redis_down)
    api.add_exception_handler(Exception, _unexpected)
