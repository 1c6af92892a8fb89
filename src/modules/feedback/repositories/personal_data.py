"""Everything feedback holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from kit.export import label, rows
from modules.feedback.models import FriendRatingSummary, Rating, Survey, SurveyAnswer, SurveyDue, SurveyResponse
from modules.feedback.repositories import surveys as surveys_repo


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        # Ratings I gave, in full. Ratings about me as the product shows them: users' ratings of a
        # friend without the rater unless they allowed it; friends' ratings of users stay with
        # staff (they never reach the user, export included).
        label(Rating): rows(Rating.objects.filter(rater_id=user_id)),
        "feedback.Rating.received": [
            {**r, "rater_id": r["rater_id"] if r["show_identity"] else None}
            for r in rows(
                Rating.objects.filter(ratee_id=user_id, rater_side="user", hidden_at__isnull=True),
                exclude=("hidden_by", "hidden_reason", "hidden_at"),
            )
        ],
        label(FriendRatingSummary): rows(FriendRatingSummary.objects.filter(friend_id=user_id)),
        # Surveys I wrote (staff), surveys asked of me, my responses and every answer in them.
        label(Survey): rows(Survey.objects.filter(created_by_id=user_id)),
        label(SurveyDue): rows(SurveyDue.objects.filter(user_id=user_id)),
        label(SurveyResponse): rows(SurveyResponse.objects.filter(user_id=user_id)),
        label(SurveyAnswer): rows(SurveyAnswer.objects.filter(response__user_id=user_id)),
    }


def erase(user_id: int) -> None:
    """Stars stay (averages must not move when someone leaves); words by or about the person go."""
    Rating.objects.filter(Q(rater_id=user_id) | Q(ratee_id=user_id)).exclude(comment="").update(comment="")
    Rating.objects.filter(rater_id=user_id, show_identity=True).update(show_identity=False)
    # Survey choices and scales stay counted, anonymous; free text and the dues go.
    surveys_repo.erase(user_id)
