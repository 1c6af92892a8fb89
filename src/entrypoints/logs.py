"""Structured logs: a request id on every line, and no secret on any line.

Wired in config/settings.py LOGGING: the console handler carries `RequestIdFilter` (adds
`request_id` to every record: the current HTTP request's, or "-" outside one) and formats
with `JsonFormatter` in production (one JSON object per line) or `ReadableFormatter` in
development. Both formatters pass their finished line through `redact`, so neither a message,
its arguments, an exception text nor an extra field can carry a token, a one-time code or a
password out: JWTs, bearer credentials and `name=value` pairs whose name says secret are masked.

The request id is set by entrypoints.http.request_id.RequestIdMiddleware.
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar

from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

NO_REQUEST = "-"
current_request_id: ContextVar[str] = ContextVar("request_id", default=NO_REQUEST)

REDACTED = "[redacted]"
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}")
# `password=...`, `"refresh_token": "..."`, `?ticket=...`, `X-Session-Token: ...`, `key=...`.
# The value stops at a quote, backslash or separator, so a JSON line stays valid JSON.
_SECRET_PAIR = re.compile(
    r"(?i)\b([\w-]*(?:password|passwd|secret|token|ticket|code|key|signature|authorization|cookie)[\w-]*)"
    r"(\\?[\"']?\s*[:=]\s*\\?[\"']?)(?!\[redacted\])([^\s\"'\\&,;}\]]+)"
)


def redact(text: str) -> str:
    text = _JWT.sub(REDACTED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return _SECRET_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get()
        return True


class ReadableFormatter(logging.Formatter):
    """Development: `time LEVEL [request id] logger message`, secrets masked."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return redact(super().format(record))


class JsonFormatter(_JsonFormatter):
    """Production: one JSON object per line (time, level, logger, message, request_id, extras)."""

    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )

    def format(self, record: logging.LogRecord) -> str:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return redact(super().format(record))
