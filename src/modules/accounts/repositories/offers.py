"""What a friend offers, for other modules (booking, billing, matching) to rely on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.identity import Role
from modules.accounts.models import FriendProfile, User


@dataclass(frozen=True)
class FriendOffer:
    friend_id: int
    display_name: str
    timezone: str
    session_types: tuple[str, ...]
    prices_minor: dict[str, int]
    currency: str
    session_lengths_minutes: tuple[int, ...]
    weekly_capacity: int
    is_accepting: bool
    never_record: bool = False


def friend_offer(friend_id: int) -> FriendOffer | None:
    """The offer of an active friend, or None for anyone else."""
    fp = (
        FriendProfile.objects.select_related("user", "user__profile")
        .filter(user_id=friend_id, user__is_active=True, user__role=Role.FRIEND)
        .first()
    )
    if fp is None:
        return None
    profile = getattr(fp.user, "profile", None)
    return FriendOffer(
        friend_id=fp.user_id,
        display_name=profile.display_name if profile else "",
        timezone=profile.timezone if profile else "UTC",
        session_types=tuple(fp.session_types or ()),
        prices_minor={str(k): int(v) for k, v in (fp.prices_minor or {}).items()},
        currency=fp.currency,
        session_lengths_minutes=tuple(fp.session_lengths_minutes or ()),
        weekly_capacity=fp.weekly_capacity,
        is_accepting=fp.is_accepting,
        never_record=fp.never_record,
    )


def account_created_at(user_id: int) -> datetime | None:
    return User.objects.filter(pk=user_id).values_list("date_joined", flat=True).first()


def display_names(user_ids: list[int]) -> dict[int, str]:
    """Display names for many users in one query (calendars, chat lists)."""
    rows = User.objects.filter(pk__in=user_ids).values_list("pk", "profile__display_name")
    return {pk: name or "" for pk, name in rows}


def email_of(user_id: int) -> str | None:
    """The address to write to, or None for a deactivated or unknown account."""
    return User.objects.filter(pk=user_id, is_active=True).values_list("email", flat=True).first()
