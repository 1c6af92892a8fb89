"""Who is calling a development page: the same bearer access token the API takes.

The dev stand-ins for Stripe's and S3's pages act only for the signed-in owner of what they
touch. They take bearer tokens only, never the session cookie, so (like the Ninja API) they
need no CSRF token: a cross-site form cannot carry an Authorization header.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from ninja_jwt.exceptions import AuthenticationFailed

from entrypoints.http.problems import problem_response
from modules.accounts.public import AccessTokenAuth

_auth = AccessTokenAuth()


def signed_in_user_id(request: HttpRequest) -> int | None:
    """The id of the user whose valid access token the request carries, else None."""
    try:
        user = _auth(request)
    except AuthenticationFailed:
        return None
    return user.pk if user is not None else None


def not_signed_in() -> JsonResponse:
    return problem_response(
        401, code="not_authenticated", detail="Send the owner's access token: Authorization: Bearer <token>."
    )
