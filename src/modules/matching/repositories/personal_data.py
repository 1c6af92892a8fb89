"""Everything matching holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from kit.export import label, rows
from modules.matching.models import Block, Favourite, FriendRating, MatchDecision, RematchRequest, TopMatch


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        label(MatchDecision): rows(MatchDecision.objects.filter(Q(user_id=user_id) | Q(friend_id=user_id))),
        # Blocks I made. Who blocked me is theirs to know, not mine.
        label(Block): rows(Block.objects.filter(blocker_id=user_id)),
        label(RematchRequest): rows(RematchRequest.objects.filter(user_id=user_id)),
        label(TopMatch): rows(TopMatch.objects.filter(user_id=user_id)),
        label(FriendRating): rows(FriendRating.objects.filter(friend_id=user_id)),
        # Favourites I keep. Who keeps me is theirs to know, not mine.
        label(Favourite): rows(Favourite.objects.filter(user_id=user_id)),
    }


def erase(user_id: int) -> None:
    MatchDecision.objects.filter(Q(user_id=user_id) | Q(friend_id=user_id)).delete()
    Block.objects.filter(Q(blocker_id=user_id) | Q(blocked_id=user_id)).delete()
    RematchRequest.objects.filter(user_id=user_id).delete()
    TopMatch.objects.filter(user_id=user_id).delete()
    FriendRating.objects.filter(friend_id=user_id).delete()
    Favourite.objects.filter(Q(user_id=user_id) | Q(friend_id=user_id)).delete()
