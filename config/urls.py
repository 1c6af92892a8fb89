from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from entrypoints.http.api import api
from entrypoints.http.health import live, ready
from entrypoints.http.problems import handler_404, handler_500, one_refresh_endpoint
from entrypoints.http.url_groups import grouped

urlpatterns = [
    path("health/live", live),
    path("health/ready", ready),
    path("admin/", admin.site.urls),
    # allauth headless (sign-up, login, verification, password reset, social) before the Ninja
    # API: /api/auth/app/v1/...; paths it does not match (e.g. /api/auth/token/...) fall through.
    # One refresh endpoint with one answer (with `expires_in`): allauth's own is not served.
    path("api/auth/app/v1/tokens/refresh", one_refresh_endpoint),
    path("api/auth/", include("allauth.headless.urls")),
    # OAuth provider callbacks (e.g. /accounts/twitter_oauth2/login/callback/); headless-only.
    path("accounts/", include("allauth.urls")),
    # Nested by first path segment: a hot route no longer waits behind every other (url_groups).
    path("api/", (grouped(api.urls[0]), *api.urls[1:])),
]

# Development stand-ins for S3's and Stripe's pages: never routed in production, whatever the
# backends say (production refuses fakes anyway: entrypoints/production_checks.py).
# The fake media store's presigned upload/download URLs point here.
if not settings.PRODUCTION and settings.MEDIA_BACKEND == "fake":
    from entrypoints.http.dev_media import urlpatterns as dev_media_urlpatterns

    urlpatterns += dev_media_urlpatterns

# The fake payment gateway's Checkout and payment pages.
if not settings.PRODUCTION and settings.PAYMENTS_BACKEND == "fake":
    from entrypoints.http.dev_payments import urlpatterns as dev_payments_urlpatterns

    urlpatterns += dev_payments_urlpatterns

handler404 = handler_404
handler500 = handler_500
