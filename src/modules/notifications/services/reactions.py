"""What notifications does when other modules announce something (wired in handlers.py).

People hear when the other side books, moves or cancels a session with them. Each handler runs
in booking's transaction and queues through `notify`, whose key makes a replay harmless.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core import events
from modules.accounts.public import display_names
from modules.notifications.domain.kinds import NotificationKind
from modules.notifications.public import notify
from modules.notifications.services.preferences import ChannelChange, preferences_update, timezone_of

BOOKED = "booked"
CANCELLED = "cancelled"
PENDING_PAYMENT = "pending_payment"


def _when(at: datetime, user_id: int) -> str:
    """The time as the recipient reads it, in their own timezone."""
    tz = timezone_of(user_id)
    return at.astimezone(ZoneInfo(tz)).strftime("%a %d %b %Y, %H:%M") + f" ({tz})"


def _others(user_id: int, friend_id: int, by_side: str) -> list[tuple[int, int]]:
    """(recipient, the person who acted) for a change made by `by_side`."""
    if by_side == "user":
        return [(friend_id, user_id)]
    if by_side == "friend":
        return [(user_id, friend_id)]
    if by_side == "staff":
        return [(user_id, friend_id), (friend_id, user_id)]
    return []  # "system": payment outcomes and departures tell people through their own paths


def on_session_status_changed(event: events.SessionStatusChanged) -> None:
    if event.to_status == BOOKED and event.from_status in ("", PENDING_PAYMENT):
        # Booked outright, or its payment went through: the friend learns of it once it holds.
        names = display_names([event.user_id])
        notify(
            user_id=event.friend_id,
            key=f"session-booked:{event.session_id}:{event.friend_id}",
            kind=NotificationKind.SESSION_CHANGE,
            title="New booking",
            body=(
                f"{names.get(event.user_id) or 'Someone'} booked a {event.session_type} session with you on "
                f"{_when(event.start, event.friend_id)}."
            ),
            data={"session_id": str(event.session_id), "change": "booked"},
        )
    elif event.to_status == CANCELLED and event.from_status != PENDING_PAYMENT:
        pairs = _others(event.user_id, event.friend_id, event.by_side)
        names = {} if event.departure else display_names([actor for _, actor in pairs])
        for recipient, actor in pairs:
            when = _when(event.start, recipient)
            if event.departure:  # erased or suspended: their name is not repeated to anyone
                body = f"The other participant is no longer available, so your {event.session_type} session on {when}"
                body += " is cancelled."
                if recipient == event.user_id:
                    body += " Anything you paid or used for it is returned."
            else:
                who = "HumanLink" if event.by_side == "staff" else names.get(actor) or "The other participant"
                body = f"{who} cancelled your {event.session_type} session on {when}."
            notify(
                user_id=recipient,
                key=f"session-cancelled:{event.session_id}:{recipient}",
                kind=NotificationKind.SESSION_CHANGE,
                title="Session cancelled",
                body=body,
                data={"session_id": str(event.session_id), "change": "cancelled"},
            )


def on_session_rescheduled(event: events.SessionRescheduled) -> None:
    pairs = _others(event.user_id, event.friend_id, event.by_side)
    names = display_names([actor for _, actor in pairs])
    for recipient, actor in pairs:
        notify(
            user_id=recipient,
            key=f"session-moved:{event.session_id}:{recipient}:{event.to_start.isoformat()}",
            kind=NotificationKind.SESSION_CHANGE,
            title="Session moved",
            body=(
                f"{names.get(actor) or 'The other participant'} moved your {event.session_type} session from "
                f"{_when(event.from_start, recipient)} to {_when(event.to_start, recipient)}."
            ),
            data={"session_id": str(event.session_id), "change": "rescheduled"},
        )


def on_marketing_consent_changed(event: events.MarketingConsentChanged) -> None:
    """Opting in turns marketing on in every channel; withdrawing turns every channel off.

    Afterwards people may still narrow the channels in their preferences (or unsubscribe from the
    email alone); only the consent turns marketing back on after a withdrawal."""
    on = event.granted
    change = ChannelChange(kind=NotificationKind.MARKETING, push=on, email=on, in_app=on)
    preferences_update(user_id=event.user_id, changes=[change])
