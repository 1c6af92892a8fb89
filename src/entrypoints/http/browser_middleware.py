"""Browser-state middleware that bearer-token API calls skip.

A request to /api/ (outside /api/auth/, where allauth's browser flows live) that carries
`Authorization: Bearer …` is authenticated by its token alone: it reads no session, sets no
session cookie, shows no flash messages, and gets request.user from the token. Loading a
session store, a lazy user and a message store for it costs CPU on every API call for
nothing, so these subclasses pass such requests straight through. Subclasses (not wrappers)
keep Django's and the admin's system checks satisfied. CSRF and clickjacking middleware stay
as they are: Django's deploy checks look for them by name, and they cost little.
"""

from __future__ import annotations

from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponse


def is_bearer_api_call(request: HttpRequest) -> bool:
    path = request.path
    return (
        path.startswith("/api/")
        and not path.startswith("/api/auth/")
        and request.META.get("HTTP_AUTHORIZATION", "").startswith("Bearer ")
    )


class BrowserSessionMiddleware(SessionMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        if not is_bearer_api_call(request):
            super().process_request(request)

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if not hasattr(request, "session"):
            return response
        return super().process_response(request, response)


class BrowserAuthenticationMiddleware(AuthenticationMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        if is_bearer_api_call(request):
            # The API's token authentication replaces this with the token's user.
            request.user = AnonymousUser()
            return
        super().process_request(request)


class BrowserMessageMiddleware(MessageMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        if not is_bearer_api_call(request):
            super().process_request(request)
