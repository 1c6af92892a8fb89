"""Answered friends and users for matching tests."""

from __future__ import annotations

from typing import Any

from modules.personality.models import QuestionnaireAnswers, QuestionnaireVersion
from tests.modules.accounts.factories import FriendFactory, UserFactory
from tests.modules.booking.factories import AvailabilityFactory


def answers(**overrides: Any) -> list[dict[str, Any]]:
    """Answers to the current questionnaire: the first option / a 3 everywhere, importance 3,
    unless overridden (`key=value` or `key=(value, importance, mandatory)`)."""
    version = QuestionnaireVersion.objects.get(is_current=True)
    out = []
    for q in version.questions:
        value: Any = 3
        if q["kind"] == "single_choice":
            value = q["options"][0]["key"]
        elif q["kind"] == "multiple_choice":
            value = [q["options"][0]["key"]]
        importance, mandatory = 3, False
        if q["key"] in overrides:
            given = overrides[q["key"]]
            value, importance, mandatory = given if isinstance(given, tuple) else (given, 3, False)
        out.append({"question": q["key"], "value": value, "importance": importance, "mandatory": mandatory})
    return out


def answer(person, **overrides: Any) -> None:
    version = QuestionnaireVersion.objects.get(is_current=True)
    QuestionnaireAnswers.objects.update_or_create(
        user=person, version=version, defaults={"answers": answers(**overrides)}
    )


def matched_friend(*, languages=("en",), hours=True, profile: dict[str, Any] | None = None, **overrides: Any):
    friend = FriendFactory(**(profile or {}))
    friend.profile.languages = list(languages)
    friend.profile.save()
    answer(friend, **overrides)
    if hours:
        AvailabilityFactory(friend=friend)
    return friend


def answered_user(*, languages=("en",), **overrides: Any):
    user = UserFactory()
    user.profile.languages = list(languages)
    user.profile.save()
    answer(user, **overrides)
    return user
