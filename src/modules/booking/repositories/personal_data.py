"""Everything booking holds about a person, for their data export."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from kit.export import label, rows
from modules.booking.models import AvailabilityException, FriendAvailability, Session, SessionTransition


def export_of(user_id: int) -> dict[str, list[dict[str, Any]]]:
    mine = Session.objects.filter(Q(user_id=user_id) | Q(friend_id=user_id))
    return {
        label(FriendAvailability): rows(FriendAvailability.objects.filter(friend_id=user_id)),
        label(AvailabilityException): rows(AvailabilityException.objects.filter(friend_id=user_id)),
        label(Session): rows(mine),
        # The history of my sessions (whoever made each change) and changes I made elsewhere.
        label(SessionTransition): rows(
            SessionTransition.objects.filter(Q(session__in=mine.values("pk")) | Q(actor_id=user_id))
        ),
    }


def erase(user_id: int) -> None:
    """The person's hours go; sessions stay (the other side's history, the money's reference) but
    the words the person wrote into their history (cancellation and no-show reasons) go."""
    FriendAvailability.objects.filter(friend_id=user_id).delete()
    AvailabilityException.objects.filter(friend_id=user_id).delete()
    SessionTransition.objects.filter(actor_id=user_id).exclude(reason="").update(reason="")
