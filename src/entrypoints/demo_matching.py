"""Demo data for matching (`make run`): the demo user and friends answer the questionnaire
(booking's demo gives the friends their hours), so a new user sees real, explained matches at once.

Idempotent: answers are replaced.
"""

from __future__ import annotations

from typing import Any

from modules.accounts.models import User
from modules.matching.models import Favourite
from modules.matching.public import population_changed
from modules.notifications.public import demo_preferences_ensure
from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion

# Per demo person: how they lean on the scale questions (1–5) and which option they pick
# (by position) on choice questions; friends differ so the ranking has something to say.
_LEANINGS = {
    "user@demo.humanlink.local": (4, 0),
    "friend1@demo.humanlink.local": (4, 0),
    "friend2@demo.humanlink.local": (2, 1),
    "friend3@demo.humanlink.local": (5, 2),
}


def _answers(questions: list[dict[str, Any]], scale: int, pick: int) -> list[dict[str, Any]]:
    out = []
    for i, q in enumerate(questions):
        options = [o["key"] for o in q.get("options") or []]
        if q["kind"] == "scale_1_5":
            value: Any = max(1, min(5, scale + (i % 3) - 1))
        elif q["kind"] == "single_choice":
            value = options[pick % len(options)]
        else:
            value = options[pick % len(options) : pick % len(options) + 2]
        out.append({"question": q["key"], "value": value, "importance": 3 + i % 3, "mandatory": False})
    return out


def demo_matching_ensure() -> list[str]:
    version = QuestionnaireVersion.objects.filter(is_current=True).first()
    if version is None:
        return ["no questionnaire published: demo answers skipped"]
    lines = []
    for email, (scale, pick) in _LEANINGS.items():
        person = User.objects.filter(email=email).first()
        if person is None:
            continue
        QuestionnaireAnswers.objects.update_or_create(
            user=person, version=version, defaults={"answers": _answers(version.questions, scale, pick)}
        )
        lines.append(f"answered questionnaire v{version.number}: {email}")
    population_changed()
    user = User.objects.filter(email="user@demo.humanlink.local").first()
    favourite = User.objects.filter(email="friend3@demo.humanlink.local").first()
    if user is not None and favourite is not None:
        # A favourite to see on match and directory cards (GET /api/matches/favourites).
        Favourite.objects.get_or_create(user=user, friend=favourite, defaults={"created_at": user.date_joined})
        lines.append("favourite friend for the demo user: friend3@demo.humanlink.local")
        lines += demo_preferences_ensure(user.pk)
    return lines
