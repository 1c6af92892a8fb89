"""The one HTTP API: every module's router mounted on a NinjaExtraAPI under /api/."""

from __future__ import annotations

from entrypoints.http.errors import install_error_handlers
from entrypoints.http.health import ping_router
from entrypoints.http.openapi import ProblemDocumentingAPI
from entrypoints.http.parser import StrictJSONParser
from modules.accounts.api.router import router as users_router
from modules.accounts.api.tokens import router as auth_token_router
from modules.accounts.public import AccessTokenAuth
from modules.analytics.api.router import router as stats_router
from modules.billing.api.router import router as payments_router
from modules.booking.api.router import router as sessions_router
from modules.chat.api.router import router as chat_router
from modules.feedback.api.router import router as feedback_router
from modules.group_events.api.router import router as events_router
from modules.matching.api.router import blocks_router, highlights_router
from modules.matching.api.router import router as matches_router
from modules.moderation.api.router import router as moderation_router
from modules.notifications.api.router import router as notifications_router
from modules.personality.api.router import router as questionnaire_router
from modules.privacy.api.router import router as privacy_router
from modules.privacy.api.router import staff_router as privacy_staff_router
from modules.recordings.api.router import router as recordings_router
from modules.recordings.api.router import staff_router as recordings_staff_router
from modules.support.api.router import router as support_router
from modules.support.api.router import staff_router as support_staff_router

api = ProblemDocumentingAPI(
    title="HumanLink API",
    version="1.0.0",
    description=(
        "HumanLink backend. Authenticate with `Authorization: Bearer <access token>`: the "
        "`meta.access_token` of the sign-up/verify/login answers (tag `auth`, allauth's "
        "headless API under /api/auth/{client}/v1/), renewed at /api/auth/token/refresh "
        "(docs/api.md, 'Signing in from an app / a browser'). Every error is RFC 9457 "
        "problem details with a stable `code`."
    ),
    parser=StrictJSONParser(),
    urls_namespace="api",
    # Every operation needs a bearer token unless it says auth=None.
    auth=AccessTokenAuth(),
)
install_error_handlers(api)

api.add_router("/users/me", privacy_router)
api.add_router("/admin/privacy", privacy_staff_router)
api.add_router("/admin", moderation_router)
api.add_router("/admin/tickets", support_staff_router)
api.add_router("/admin/stats", stats_router)
api.add_router("/support", support_router)
api.add_router("/recordings", recordings_router)
api.add_router("/admin/recordings", recordings_staff_router)
api.add_router("/users", users_router)
api.add_router("/sessions", sessions_router)
api.add_router("/questionnaire", questionnaire_router)
api.add_router("/auth/token", auth_token_router)
api.add_router("/matches", matches_router)
api.add_router("/blocks", blocks_router)
api.add_router("/friends", highlights_router)
api.add_router("/notifications", notifications_router)
api.add_router("/chat", chat_router)
api.add_router("/payments", payments_router)
api.add_router("/feedback", feedback_router)
api.add_router("/events", events_router)
api.add_router("/health", ping_router)
