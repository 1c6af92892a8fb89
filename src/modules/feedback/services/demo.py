"""Demo surveys for `make run`: one per moment, published, and a due one for the demo user, so
`GET /api/feedback/surveys/due` has something to show. Idempotent: found by title, never duplicated."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from modules.feedback.domain.surveys import Moment, VersionStatus, questions_from_raw, questions_to_raw
from modules.feedback.models import Survey, SurveyVersion
from modules.feedback.repositories import surveys as repo

_SCALE = {"kind": "scale_1_5", "options": []}
_DEMO: list[tuple[str, Moment, str, list[dict[str, Any]]]] = [
    (
        "Your first session",
        Moment.FIRST_SESSION,
        "everyone",
        [
            {"key": "overall", "text": "How was your first session?", **_SCALE},
            {
                "key": "best_part",
                "text": "What did you like most?",
                "kind": "multiple_choice",
                "options": [
                    {"key": "conversation", "text": "The conversation"},
                    {"key": "booking", "text": "Booking was easy"},
                    {"key": "call_quality", "text": "Call quality"},
                ],
            },
            {"key": "improve", "text": "What could be better?", "kind": "free_text", "required": False},
        ],
    ),
    (
        "Why not this friend?",
        Moment.REMATCH,
        "users",
        [
            {
                "key": "reason",
                "text": "Why were these friends not right for you?",
                "kind": "single_choice",
                "options": [
                    {"key": "interests", "text": "Different interests"},
                    {"key": "time", "text": "Hours did not fit"},
                    {"key": "language", "text": "Language"},
                    {"key": "other", "text": "Something else"},
                ],
            },
            {"key": "details", "text": "Tell us more", "kind": "free_text", "required": False},
        ],
    ),
    (
        "Sorry to see you go",
        Moment.SUBSCRIPTION_CANCELLED,
        "users",
        [
            {
                "key": "reason",
                "text": "Why did you cancel?",
                "kind": "single_choice",
                "options": [
                    {"key": "price", "text": "Too expensive"},
                    {"key": "no_match", "text": "Did not find the right friend"},
                    {"key": "no_time", "text": "No time"},
                ],
            },
            {"key": "come_back", "text": "How likely are you to come back?", **_SCALE},
        ],
    ),
    (
        "How are we doing?",
        Moment.MANUAL,
        "everyone",
        [
            {"key": "satisfaction", "text": "How happy are you with HumanLink?", **_SCALE},
            {"key": "wish", "text": "One thing you wish we had", "kind": "free_text", "required": False},
        ],
    ),
]


def demo_surveys_ensure(*, due_for: list[int], now: datetime) -> list[str]:
    """The demo surveys, published; the manual one due for `due_for` (the demo user)."""
    lines = []
    with transaction.atomic():
        for title, moment, audience, questions in _DEMO:
            survey = Survey.objects.filter(title=title, moment=moment).first()
            if survey is None:
                stored = questions_to_raw(questions_from_raw(questions))
                survey = Survey.objects.create(
                    title=title, moment=moment, audience=audience, created_at=now, updated_at=now
                )
                SurveyVersion.objects.create(
                    survey=survey, number=1, questions=stored, status=VersionStatus.PUBLISHED, created_at=now,
                    published_at=now,
                )  # fmt: skip
                lines.append(f"demo survey: {title} ({moment})")
            if moment == Moment.MANUAL:
                repo.dues_create(survey_id=survey.pk, user_ids=due_for, reason="manual", at=now)
    return lines
