"""Domain errors with stable machine codes.

Services raise these; the HTTP edge (entrypoints.http.errors) maps each class to a status
code and renders one problem-details body. Status codes do not belong here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field (``loc`` is the path to it, e.g. ``("body", "email")``)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str = "invalid"


class DomainError(Exception):
    """Base of every error a service may raise on purpose."""

    code: str = "error"
    title: str = "Request failed"

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        errors: Sequence[FieldProblem] = (),
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.detail = detail or self.title
        if code is not None:
            self.code = code
        self.errors = tuple(errors)
        # Machine-readable context a client can act on (e.g. the cancellation policy).
        self.extra = dict(extra or {})
        super().__init__(self.detail)


class InvalidInput(DomainError):
    code = "invalid_input"
    title = "The request is not valid"


class Unauthenticated(DomainError):
    code = "not_authenticated"
    title = "Authentication required"


class PermissionDenied(DomainError):
    code = "permission_denied"
    title = "You are not allowed to do this"


class NotFound(DomainError):
    code = "not_found"
    title = "Not found"


class Conflict(DomainError):
    code = "conflict"
    title = "The request conflicts with the current state"


class RuleViolated(DomainError):
    """A business rule refused the request (the input was well-formed)."""

    code = "rule_violated"
    title = "The request breaks a rule"


class RateLimited(DomainError):
    code = "rate_limited"
    title = "Too many requests"

    def __init__(self, detail: str | None = None, *, retry_after: int | None = None, **kw: Any) -> None:
        super().__init__(detail, **kw)
        self.retry_after = retry_after


class ProviderError(DomainError):
    """An external provider (payments, media, push, ...) refused or failed."""

    code = "provider_error"
    title = "An external provider failed"


class ProviderUnavailable(ProviderError):
    code = "provider_unavailable"
    title = "An external provider is unavailable"


class ServiceUnavailable(DomainError):
    """A dependency of ours (e.g. Redis) is down; retrying later may work."""

    code = "service_unavailable"
    title = "Service temporarily unavailable"


@dataclass(frozen=True)
class ErrorInfo:
    """Plain description of an error, for places that cannot raise (e.g. WebSocket frames)."""

    code: str
    detail: str
    errors: tuple[FieldProblem, ...] = field(default_factory=tuple)
