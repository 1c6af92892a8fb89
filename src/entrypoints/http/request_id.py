"""Give every request an id: in each log line it causes and in the `X-Request-ID` response header.

A well-formed id from the router or load balancer (`X-Request-ID`) is kept, so one request can
be followed across the proxy, this service and the client; anything else (missing, too long,
odd characters that could forge log lines) is replaced by a fresh one.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from entrypoints.logs import current_request_id

HEADER = "X-Request-ID"
_WELL_FORMED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:=+/-]{7,127}$")


def request_id_from(incoming: str | None) -> str:
    if incoming and _WELL_FORMED.match(incoming):
        return incoming
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.headers.get(HEADER))
        request.request_id = request_id
        # Not reset on the way out: Django logs 4xx/5xx answers (django.request) and the server
        # its access line after the middleware returned, and those lines need the id too. The next
        # request on this thread sets its own; under ASGI each request has its own context anyway.
        current_request_id.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response
